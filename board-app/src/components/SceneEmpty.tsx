import type { ReactNode } from 'react';
import type { WallScene } from '../wall-scene.js';

/**
 * A method scene with nothing to show yet (a lead put it on the wall early): what is missing,
 * large, and the QR code.
 */
export function SceneEmpty(props: {
  scene: WallScene;
  title: string;
  reasons: readonly string[];
  qr: ReactNode;
}) {
  return (
    <section className="scene scene--empty" data-scene={props.scene}>
      <div className="scene__empty">
        <h2 className="scene__title">{props.title}</h2>
        {props.reasons.map((reason) => (
          <p key={reason} className="scene__reason">
            {reason}
          </p>
        ))}
      </div>
      {props.qr}
    </section>
  );
}
