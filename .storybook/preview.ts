import type { Preview } from "@storybook/html-vite";

const preview: Preview = {
  parameters: {
    layout: "padded",
  },
};
export default preview;
