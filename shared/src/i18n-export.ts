import type { Language } from './domain.js';

/**
 * The export's strings, in Swedish and English: the phone's download links (registered by the
 * small lazy section that shows them, `registerMessages`) and the CSV files' header rows and
 * values, which the server reads from this table in the board's language.
 */
const sv = {
  'export.title': 'Exportera tavlans data',
  'export.hint': 'Filerna öppnas i Excel. Dolt innehåll och enheter finns inte med.',
  'export.suggestions': 'Förslag (CSV)',
  'export.measurements': 'Mätvärden (CSV)',
  'export.actions': 'Åtgärder (CSV)',
  'export.json': 'Allt om tavlan (JSON)',

  'export.csv.id': 'Id',
  'export.csv.createdAt': 'Skapad',
  'export.csv.text': 'Text',
  'export.csv.dimension': 'Dimension',
  'export.csv.status': 'Status',
  'export.csv.statusChangedAt': 'Status ändrad',
  'export.csv.statusNote': 'Motivering',
  'export.csv.authorName': 'Namn',
  'export.csv.votes': 'Jag också',
  'export.csv.comments': 'Kommentarer',
  'export.csv.goal': 'Mål',
  'export.csv.photo': 'Foto',
  'export.csv.unit': 'Enhet',
  'export.csv.measuredOn': 'Datum',
  'export.csv.value': 'Värde',
  'export.csv.note': 'Anteckning',
  'export.csv.recordedBy': 'Registrerad av',
  'export.csv.owner': 'Ansvarig',
  'export.csv.dueDate': 'Klart senast',
  'export.csv.state': 'Läge',
  'export.csv.closedAt': 'Avslutad',
  'export.csv.followUp': 'Uppföljning',
  'export.csv.yes': 'ja',
  'export.csv.no': 'nej',
  'export.csv.action.open': 'Öppen',
  'export.csv.action.ongoing': 'Pågår',
  'export.csv.action.done': 'Klar',
  'export.csv.action.dropped': 'Struken',
};

export type ExportMessageKey = keyof typeof sv;

const en: Record<ExportMessageKey, string> = {
  'export.title': 'Export the board’s data',
  'export.hint': 'The files open in Excel. Hidden content and devices are left out.',
  'export.suggestions': 'Suggestions (CSV)',
  'export.measurements': 'Measurements (CSV)',
  'export.actions': 'Actions (CSV)',
  'export.json': 'Everything of the board (JSON)',

  'export.csv.id': 'Id',
  'export.csv.createdAt': 'Created',
  'export.csv.text': 'Text',
  'export.csv.dimension': 'Dimension',
  'export.csv.status': 'Status',
  'export.csv.statusChangedAt': 'Status changed',
  'export.csv.statusNote': 'Reason',
  'export.csv.authorName': 'Name',
  'export.csv.votes': 'Me too',
  'export.csv.comments': 'Comments',
  'export.csv.goal': 'Goal',
  'export.csv.photo': 'Photo',
  'export.csv.unit': 'Unit',
  'export.csv.measuredOn': 'Date',
  'export.csv.value': 'Value',
  'export.csv.note': 'Note',
  'export.csv.recordedBy': 'Recorded by',
  'export.csv.owner': 'Owner',
  'export.csv.dueDate': 'Due',
  'export.csv.state': 'State',
  'export.csv.closedAt': 'Closed',
  'export.csv.followUp': 'Follow-up',
  'export.csv.yes': 'yes',
  'export.csv.no': 'no',
  'export.csv.action.open': 'Open',
  'export.csv.action.ongoing': 'Ongoing',
  'export.csv.action.done': 'Done',
  'export.csv.action.dropped': 'Dropped',
};

export const EXPORT_MESSAGES: Record<Language, Record<ExportMessageKey, string>> = { sv, en };
