/**
 * The font of every picture and PDF: Inter (SIL Open Font License), from the npm package
 * @expo-google-fonts/inter, which ships it as TrueType files. Read from node_modules, never from the
 * system: the same week renders to the same bytes on any machine, with or without fonts installed.
 */
export const CHART_FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
} as const;
