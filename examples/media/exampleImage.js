// Gives one event of the default dataset an image with its credit: a generic diagram drawn for
// these examples (media/cooperation-diagram.svg, beside this script), never a picture from the
// internet. An event's image address must be http(s), so the file is named by its absolute
// address on the server that serves the page; opened from file:// the charts have no image.
const exampleImageUrl = new URL("cooperation-diagram.svg", document.currentScript.src).href;

// biome-ignore lint/correctness/noUnusedVariables: called by the example pages.
function addExampleImage(element, eventId) {
  const url = exampleImageUrl;
  if (!/^https?:/.test(url)) return;
  customElements
    .whenDefined(element.localName)
    .then(() => element.ready)
    .then(() => {
      const data = element.data;
      if (!data?.events.some((e) => e.id === eventId)) return;
      element.data = {
        ...data,
        events: data.events.map((e) =>
          e.id === eventId
            ? {
                ...e,
                media: {
                  url,
                  alt: "A diagram of five linked circles, standing for institutions that work together",
                  caption: "Illustration: cooperation between institutions.",
                  credit: "jointline examples (drawn for this page)",
                  width: 640,
                  height: 360,
                },
              }
            : e,
        ),
      };
    });
}
