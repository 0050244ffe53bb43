// The shapes of AWS identifiers, checked wherever an id comes from outside (inputs, pushed
// events, ids an accepted rule would copy): one definition, so the checks cannot drift apart.

export const isAccountId = (text: string): boolean => /^\d{12}$/.test(text);
export const isRegion = (text: string): boolean => /^[a-z]{2}(-[a-z]+)+-\d+$/.test(text);
export const isInstanceId = (text: string): boolean => /^i-[0-9a-f]{8,17}$/.test(text);
