import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import type { Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import '../wall-messages.js';

/**
 * The big join QR code; it follows the join URL the server gives, so a rotated token shows at
 * once. A scene may say why to scan (`call`) and ask for the `compact` form, a row beside its
 * title, when the scene needs the room.
 */
export function QrPanel({
  joinUrl,
  language,
  call,
  compact = false,
}: {
  joinUrl: string;
  language: Language;
  call?: string;
  compact?: boolean;
}) {
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
    <aside className={compact ? 'qr qr--compact' : 'qr'}>
      <p className="qr__call">{call ?? t(language, 'kiosk.scanToPost')}</p>
      {image ? (
        <img className="qr__code" src={image} alt={joinUrl} />
      ) : (
        <div className="qr__code" />
      )}
      <p className="qr__host">{new URL(joinUrl).host}</p>
    </aside>
  );
}
