import { qrDrawing } from '../advisors/qr';

/**
 * A QR code of a link, drawn in the page as SVG (uqr, the same code as the printed handouts):
 * black on white, whatever the theme, so phone cameras read it.
 */
export function QrImage(props: { url: string; label: string }) {
  const drawing = () => qrDrawing(props.url);
  return (
    <svg
      class="qr-code share-qr"
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${drawing().size} ${drawing().size}`}
      width="264"
      height="264"
      shape-rendering="crispEdges"
    >
      <rect width={drawing().size} height={drawing().size} fill="#fff" />
      <path d={drawing().path} stroke="#000" />
    </svg>
  );
}
