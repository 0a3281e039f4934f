// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
export const OKABE_ITO = {
  blue: "#0072B2",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  green: "#009E73",
  vermillion: "#D55E00",
  purple: "#CC79A7",
  yellow: "#F0E442",
  black: "#000000",
} as const;

export const SERIES_COLOURS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.green,
  OKABE_ITO.vermillion,
  OKABE_ITO.purple,
  OKABE_ITO.skyBlue,
];
