export default defineBackground(() => {
  // Wiring for the library and page experience lands with their issues.
});
