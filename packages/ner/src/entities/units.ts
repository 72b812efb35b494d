/**
 * Words after a number that make it a money amount, a percentage or a measured quantity.
 * General English vocabulary, lower case; plural and singular both listed where they differ.
 */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'sterling', 'yen', 'yuan', 'renminbi',
  'rupee', 'rupees', 'rouble', 'roubles', 'ruble', 'rubles', 'hryvnia', 'hryvnias', 'franc', 'francs',
  'peso', 'pesos', 'real', 'reais', 'rand', 'won', 'lira', 'liras', 'shekel', 'shekels', 'dinar',
  'dinars', 'dirham', 'dirhams', 'riyal', 'riyals', 'krona', 'kronor', 'krone', 'kroner', 'zloty',
  'zlotys', 'naira', 'shilling', 'shillings', 'ringgit', 'baht', 'rupiah', 'dong', 'cents', 'pence',
  'bitcoin', 'bitcoins',
]);

/** Words that make a number a percentage. */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct', 'percentage']);

/** Units of measure: a number followed by one of these is an OntoNotes QUANTITY. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'mm', 'cm', 'km', 'metre', 'metres', 'meter', 'meters', 'kilometre', 'kilometres',
  'kilometer', 'kilometers', 'centimetre', 'centimetres', 'centimeter', 'centimeters', 'millimetre',
  'millimetres', 'millimeter', 'millimeters', 'inch', 'inches', 'foot', 'feet', 'ft', 'yard', 'yards',
  'mile', 'miles', 'mph', 'kph', 'km/h', 'knot', 'knots',
  'mg', 'kg', 'gram', 'grams', 'kilogram', 'kilograms', 'kilo', 'kilos', 'tonne', 'tonnes',
  'ton', 'tons', 'lb', 'lbs', 'pound-weight', 'ounce', 'ounces', 'oz',
  'litre', 'litres', 'liter', 'liters', 'ml', 'gallon', 'gallons', 'barrel', 'barrels', 'bpd',
  'acre', 'acres', 'hectare', 'hectares', 'sq', 'square', 'cubic',
  'degree', 'degrees', '°c', '°f', 'celsius', 'fahrenheit',
  'watt', 'watts', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'megawatt', 'megawatts', 'gigawatt',
  'gigawatts', 'kilowatt', 'kilowatts', 'volt', 'volts', 'calorie', 'calories', 'decibel', 'decibels',
  'byte', 'bytes', 'kb', 'mb', 'gb', 'tb', 'megabyte', 'megabytes', 'gigabyte', 'gigabytes',
]);

/** Units of a wink DURATION that make it an OntoNotes TIME (less than a day) rather than a DATE. */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'sec', 'secs', 'min', 'mins', 'hr', 'hrs',
]);
