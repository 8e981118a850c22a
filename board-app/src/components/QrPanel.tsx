import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import type { Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';

/** The big join QR code; it follows the join URL the server gives, so a rotated token shows at once. */
export function QrPanel({ joinUrl, language }: { joinUrl: string; language: Language }) {
  const [image, setImage] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    QRCode.toDataURL(joinUrl, { errorCorrectionLevel: 'M', margin: 2, width: 640 })
      .then((url) => {
        if (current) setImage(url);
      })
      .catch(() => {
        if (current) setImage(null);
      });
    return () => {
      current = false;
    };
  }, [joinUrl]);

  return (
    <aside className="qr">
      <p className="qr__call">{t(language, 'kiosk.scanToPost')}</p>
      {image ? (
        <img className="qr__code" src={image} alt={joinUrl} />
      ) : (
        <div className="qr__code" />
      )}
      <p className="qr__host">{new URL(joinUrl).host}</p>
    </aside>
  );
}
