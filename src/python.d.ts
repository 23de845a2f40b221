/** Python scripts the action runs are bundled as text (esbuild's text loader; a plugin in the test config). */
declare module '*.py' {
  const source: string;
  export default source;
}
