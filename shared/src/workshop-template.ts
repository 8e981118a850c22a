import type { Language } from './domain.js';
import type { Activity, WorkshopTemplate } from './workshop-schemas.js';

/**
 * The built-in "Sustainability workshop" (the method's step 1), about an hour, in Swedish and
 * English with the same activities in the same order (a test checks it). Its facts come from the
 * coaching programme the method follows (`reference/roadmap-for-hallbar-produktion.txt`): the
 * three dimensions, the pilot company whose employee suggested sliding doors for the freezer
 * room, the UN's 17 goals and the Chalmers interviews. A lead copies it to make it their own;
 * the built-in ones never change.
 */
export const BUILTIN_TEMPLATE_IDS = {
  sv: 'builtin-sustainability-sv',
  en: 'builtin-sustainability-en',
} as const satisfies Record<Language, string>;

const SV: Activity[] = [
  {
    id: 'welcome',
    kind: 'slide',
    title: 'Välkomna till hållbarhetsworkshoppen',
    text:
      'Under en timme pratar vi om vad hållbarhet är, hur andra företag har gjort och vad vi själva vill ändra på.\n\n' +
      'Ta fram mobilen: du svarar anonymt, det är enheter som räknas, aldrig namn.',
    photoId: null,
  },
  {
    id: 'meaning',
    kind: 'wordcloud',
    title: 'Vad betyder hållbarhet för dig?',
    text: 'Skriv upp till tre ord eller korta fraser. Samma ord växer i molnet.',
  },
  {
    id: 'three-dimensions',
    kind: 'slide',
    title: 'Hållbarhet har tre dimensioner',
    text:
      'Ekologisk, ekonomisk och social. De flesta känner bäst till den ekologiska, men dimensionerna hänger ihop ' +
      'och vi behöver arbeta med alla tre samtidigt.',
    photoId: null,
  },
  {
    id: 'ecological',
    kind: 'slide',
    title: 'Ekologisk hållbarhet',
    text:
      'Miljön och hur vi tar hand om naturen: farligt avfall, utsläpp, energi och material.\n\n' +
      'Här på golvet: spill, läckor, tomgång och det vi slänger.',
    photoId: null,
  },
  {
    id: 'economic',
    kind: 'slide',
    title: 'Ekonomisk hållbarhet',
    text:
      'Pengar och utveckling på lång sikt: cirkulär ekonomi, att resurser används väl och att företaget kan växa ' +
      'utan att slita på människor och miljö.\n\nHär på golvet: kassationer, omarbete, väntan och energikostnad.',
    photoId: null,
  },
  {
    id: 'social',
    kind: 'slide',
    title: 'Social hållbarhet',
    text:
      'Hur människor behandlas och vilka möjligheter de får: jämställdhet, jämlikhet, respekt och rättvisa löner.\n\n' +
      'Här på golvet: säkerhet, arbetsmiljö, att bli lyssnad på och att kunna lära sig mer.',
    photoId: null,
  },
  {
    id: 'quiz-social',
    kind: 'quiz',
    title: 'Vilket av de här hör till den sociala dimensionen?',
    text: 'Ett svar per mobil. Rätt svar visas när frågan stängs.',
    options: ['Mindre farligt avfall', 'Rättvisa löner', 'Cirkulär ekonomi'],
    correct: 1,
  },
  {
    id: 'quiz-global-goals',
    kind: 'quiz',
    title: 'Hur många globala hållbarhetsmål antog FN 2015?',
    text: 'Målen ska vara nådda till 2030.',
    options: ['5', '10', '17', '30'],
    correct: 2,
  },
  {
    id: 'quiz-sme',
    kind: 'quiz',
    title:
      'Av 15 mindre företag som intervjuades (Chalmers 2022), hur många hade hållbarhetsmål och en strategi?',
    text: 'Gissa!',
    options: ['3 av 15', '8 av 15', '12 av 15'],
    correct: 0,
  },
  {
    id: 'freezer-doors',
    kind: 'slide',
    title: 'Så gjorde Lejonet och Björnen',
    text:
      'Våren 2022 diskuterade de anställda hållbarhet kopplat till företaget och sina egna värderingar. Sedan sattes ' +
      'en hållbarhetstavla upp som alla kan lämna förslag på.\n\n' +
      'Ett förslag från en anställd: automatiska skjutdörrar till frysrummet för att hålla kylan inne. På tavlan ' +
      'kan alla se förslagen, följa deras status och se vilka mål företaget arbetar mot.',
    photoId: null,
  },
  {
    id: 'other-companies',
    kind: 'slide',
    title: 'Små förslag från golvet gör skillnad',
    text:
      'Det som fungerar i andra företag är sällan stora projekt. Det är många små förbättringar från dem som ' +
      'kan arbetet bäst: en dörr som stängs, en läcka som lagas, ett moment som blir säkrare.\n\n' +
      'I Produktionslyftet, som IF Metall och Teknikföretagen startade 2006, är de anställdas delaktighet ' +
      'själva kärnan: ledning och anställda inför förbättringarna tillsammans.',
    photoId: null,
  },
  {
    id: 'best-dimension',
    kind: 'poll',
    title: 'Vilken dimension är vi bäst på?',
    text: 'Välj en. Resultatet visas när teamledaren visar det.',
    options: ['Ekologisk', 'Ekonomisk', 'Social'],
    multiple: false,
    hideResults: true,
  },
  {
    id: 'pulse-involved',
    kind: 'scale',
    title: 'Känner du dig delaktig i vårt hållbarhetsarbete?',
    text: 'Från 1 till 5. Vi ställer samma fråga vid uppföljningen.',
    low: 'Inte alls',
    high: 'Helt och hållet',
    pulse: 'involved',
  },
  {
    id: 'pulse-contribute',
    kind: 'scale',
    title: 'Vet du hur du förväntas bidra?',
    text: 'Från 1 till 5. Vi ställer samma fråga vid uppföljningen.',
    low: 'Inte alls',
    high: 'Helt och hållet',
    pulse: 'contribute',
  },
  {
    id: 'interest',
    kind: 'interest_vote',
    title: 'Vad vill du att vi arbetar med?',
    text:
      'Du har fem prickar att sätta på de områden du tycker är viktigast, högst tre på ett område. Tillsammans ' +
      'med nulägesanalysen visar det var vi börjar.',
  },
  {
    id: 'ideas',
    kind: 'ideas',
    title: 'Vad kan vi göra här?',
    text: 'Skriv en idé och välj dimension. Ge tre röster till de idéer du gillar mest. De bästa blir förslag på tavlan.',
  },
  {
    id: 'thanks',
    kind: 'slide',
    title: 'Tack! Nu sitter tavlan uppe',
    text: 'Fortsätt lämna förslag på tavlan med mobilen när du kommer på något. Alla kan se vad som händer med dem.',
    photoId: null,
  },
];

const EN: Activity[] = [
  {
    id: 'welcome',
    kind: 'slide',
    title: 'Welcome to the sustainability workshop',
    text:
      'For an hour we talk about what sustainability is, how other companies went about it and what we want to change.\n\n' +
      'Get your phone out: you answer anonymously; devices are counted, never names.',
    photoId: null,
  },
  {
    id: 'meaning',
    kind: 'wordcloud',
    title: 'What does sustainability mean to you?',
    text: 'Write up to three words or short phrases. The same word grows in the cloud.',
  },
  {
    id: 'three-dimensions',
    kind: 'slide',
    title: 'Sustainability has three dimensions',
    text:
      'Ecological, economic and social. Most people know the ecological one best, but the dimensions hang ' +
      'together and we need to work on all three at once.',
    photoId: null,
  },
  {
    id: 'ecological',
    kind: 'slide',
    title: 'Ecological sustainability',
    text:
      'The environment and how we look after nature: hazardous waste, emissions, energy and materials.\n\n' +
      'Here on the floor: spills, leaks, machines idling and what we throw away.',
    photoId: null,
  },
  {
    id: 'economic',
    kind: 'slide',
    title: 'Economic sustainability',
    text:
      'Money and development in the long run: a circular economy, resources used well, and a company that can ' +
      'grow without wearing out people or the environment.\n\nHere on the floor: scrap, rework, waiting and the energy bill.',
    photoId: null,
  },
  {
    id: 'social',
    kind: 'slide',
    title: 'Social sustainability',
    text:
      'How people are treated and the chances they get: equality, equity, respect and fair wages.\n\n' +
      'Here on the floor: safety, the working environment, being listened to and being able to learn more.',
    photoId: null,
  },
  {
    id: 'quiz-social',
    kind: 'quiz',
    title: 'Which of these belongs to the social dimension?',
    text: 'One answer per phone. The right answer shows when the question closes.',
    options: ['Less hazardous waste', 'Fair wages', 'A circular economy'],
    correct: 1,
  },
  {
    id: 'quiz-global-goals',
    kind: 'quiz',
    title: 'How many global sustainability goals did the UN adopt in 2015?',
    text: 'They are to be reached by 2030.',
    options: ['5', '10', '17', '30'],
    correct: 2,
  },
  {
    id: 'quiz-sme',
    kind: 'quiz',
    title:
      'Of 15 smaller companies interviewed (Chalmers 2022), how many had sustainability goals and a strategy?',
    text: 'Take a guess!',
    options: ['3 of 15', '8 of 15', '12 of 15'],
    correct: 0,
  },
  {
    id: 'freezer-doors',
    kind: 'slide',
    title: 'What Lejonet och Björnen did',
    text:
      'In spring 2022 the employees discussed sustainability in terms of the company and their own values. Then ' +
      'a sustainability board went up where everyone can post suggestions.\n\n' +
      'One suggestion from an employee: automatic sliding doors on the freezer room to keep the cold in. On the ' +
      'board everyone sees the suggestions, follows their status and sees which goals the company works toward.',
    photoId: null,
  },
  {
    id: 'other-companies',
    kind: 'slide',
    title: 'Small suggestions from the floor make a difference',
    text:
      'What works in other companies is seldom a big project. It is many small improvements from the people who ' +
      'know the work best: a door that closes, a leak that is fixed, a step made safer.\n\n' +
      'In Produktionslyftet, started in 2006 by IF Metall and Teknikföretagen, involving the employees is the ' +
      'core: management and employees bring in the improvements together.',
    photoId: null,
  },
  {
    id: 'best-dimension',
    kind: 'poll',
    title: 'Which dimension are we best at?',
    text: 'Choose one. The result shows when the team lead reveals it.',
    options: ['Ecological', 'Economic', 'Social'],
    multiple: false,
    hideResults: true,
  },
  {
    id: 'pulse-involved',
    kind: 'scale',
    title: 'Do you feel involved in our sustainability work?',
    text: 'From 1 to 5. We ask the same question at the follow-up.',
    low: 'Not at all',
    high: 'Completely',
    pulse: 'involved',
  },
  {
    id: 'pulse-contribute',
    kind: 'scale',
    title: 'Do you know how you are expected to contribute?',
    text: 'From 1 to 5. We ask the same question at the follow-up.',
    low: 'Not at all',
    high: 'Completely',
    pulse: 'contribute',
  },
  {
    id: 'interest',
    kind: 'interest_vote',
    title: 'What do you want us to work on?',
    text:
      'You have five dots to put on the areas you find most important, at most three on one. With the ' +
      'current-state analysis it shows where we start.',
  },
  {
    id: 'ideas',
    kind: 'ideas',
    title: 'What can we do here?',
    text:
      'Write an idea and choose its dimension. Give three votes to the ideas you like best. The best ones become ' +
      'suggestions on the board.',
  },
  {
    id: 'thanks',
    kind: 'slide',
    title: 'Thank you! The board is up now',
    text:
      'Keep posting suggestions to the board with your phone whenever you think of something. Everyone can see what ' +
      'happens to them.',
    photoId: null,
  },
];

/** The built-in templates, one per language. */
export const BUILTIN_TEMPLATES: readonly WorkshopTemplate[] = [
  {
    id: BUILTIN_TEMPLATE_IDS.sv,
    name: 'Hållbarhetsworkshop',
    language: 'sv',
    builtIn: true,
    minutes: 60,
    activities: SV,
    updatedAt: null,
  },
  {
    id: BUILTIN_TEMPLATE_IDS.en,
    name: 'Sustainability workshop',
    language: 'en',
    builtIn: true,
    minutes: 60,
    activities: EN,
    updatedAt: null,
  },
];

export const builtinTemplate = (id: string): WorkshopTemplate | undefined =>
  BUILTIN_TEMPLATES.find((template) => template.id === id);
