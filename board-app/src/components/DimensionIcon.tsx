import type { Dimension } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';

export function DimensionIcon({ dimension, size }: { dimension: Dimension; size: string }) {
  const style = DIMENSION_STYLE[dimension];
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      <path d={style.iconPath} fill={style.color} />
    </svg>
  );
}
