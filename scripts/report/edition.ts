// Fixed names of the edition that the PDF's cover and metadata carry.

export const PUBLISHER = 'Ministerie van Onderwijs, Cultuur en Wetenschap';
export const SERIES_TITLE = 'Synthese monitor Werkagenda mbo en Stagepact mbo 2023-2027';
