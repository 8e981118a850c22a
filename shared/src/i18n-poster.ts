import type { Language } from './domain.js';

/**
 * The strings of the QR poster (the printable A4 page a lead hangs by the board) and of the
 * notices that lead to it, kept out of the core table so a phone's first page does not download
 * them: every module that uses one imports the app's poster-messages module, which calls
 * `registerMessages(POSTER_MESSAGES)`. The poster itself is printed in the language the lead
 * chooses (the board's by default). The English table must have exactly the Swedish one's keys.
 */
const sv = {
  'poster.title': 'QR-affisch',
  'poster.link': 'QR-affisch att skriva ut',
  'poster.back': '← Mina tavlor',
  'poster.print': 'Skriv ut',
  'poster.printHint': 'A4, stående. Välj ”Spara som PDF” i utskriftsrutan för att få en PDF.',
  'poster.language': 'Affischens språk',
  'poster.changedAt':
    'QR-koden byttes {date}. Affischer som skrevs ut före dess fungerar inte längre – skriv ut den här och byt ut dem.',
  'poster.neverChanged': 'QR-koden har inte bytts sedan tavlan skapades.',
  'poster.oldPoster': 'Den gamla affischen fungerar inte längre – skriv ut en ny.',
  'poster.printNew': 'Skriv ut den nya QR-affischen →',
  // On the printed poster itself.
  'poster.kicker': 'Hållbarhetstavlan',
  'poster.call': 'Har du en idé? Skicka den med mobilen.',
  'poster.step.scan': 'Skanna',
  'poster.step.scan.text': 'Rikta mobilkameran mot koden.',
  'poster.step.write': 'Skriv',
  'poster.step.write.text': 'Beskriv din idé – kort räcker.',
  'poster.step.send': 'Skicka',
  'poster.step.send.text': 'Den syns på tavlan direkt.',
  'poster.type': 'Ingen kamera? Skriv adressen i webbläsaren:',
  'poster.validFrom': 'Koden gäller från {date}.',
  'poster.qrAlt': 'QR-kod till {board}',
};

export type PosterMessageKey = keyof typeof sv;

const en: Record<PosterMessageKey, string> = {
  'poster.title': 'QR poster',
  'poster.link': 'QR poster to print',
  'poster.back': '← My boards',
  'poster.print': 'Print',
  'poster.printHint': 'A4, portrait. Choose “Save as PDF” in the print dialog to get a PDF.',
  'poster.language': 'Poster language',
  'poster.changedAt':
    'The QR code was replaced on {date}. Posters printed before then no longer work – print this one and replace them.',
  'poster.neverChanged': 'The QR code has not been replaced since the board was created.',
  'poster.oldPoster': 'The old poster no longer works – print a new one.',
  'poster.printNew': 'Print the new QR poster →',
  'poster.kicker': 'Sustainability board',
  'poster.call': 'Got an idea? Send it from your phone.',
  'poster.step.scan': 'Scan',
  'poster.step.scan.text': 'Point your phone’s camera at the code.',
  'poster.step.write': 'Write',
  'poster.step.write.text': 'Describe your idea – a few words will do.',
  'poster.step.send': 'Send',
  'poster.step.send.text': 'It shows on the board at once.',
  'poster.type': 'No camera? Type the address in your browser:',
  'poster.validFrom': 'This code is valid from {date}.',
  'poster.qrAlt': 'QR code for {board}',
};

export const POSTER_MESSAGES: Record<Language, Record<PosterMessageKey, string>> = { sv, en };
