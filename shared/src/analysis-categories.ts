import type { AnalysisCategoryId, LocalText } from './method.js';

/**
 * The fifteen analysis categories in words: a short `name` for wall labels, radar spokes and
 * form headings (kept to about 22 characters so it fits), and `explain`, one plain sentence an
 * employee understands at a glance on the interest-vote screen. Reviewed text: the ids and
 * their order live in method.ts (ANALYSIS_CATEGORIES) and never change.
 */
export const ANALYSIS_CATEGORY_TEXT: Record<
  AnalysisCategoryId,
  { name: LocalText; explain: LocalText }
> = {
  // ── Ecological ──
  energy_climate: {
    name: { sv: 'Energi & klimat', en: 'Energy & climate' },
    explain: {
      sv: 'Hur vi använder el, värme och bränsle – och vad det släpper ut.',
      en: 'How we use electricity, heating and fuel – and what that emits.',
    },
  },
  emissions: {
    name: { sv: 'Utsläpp', en: 'Emissions' },
    explain: {
      sv: 'Vad vi släpper ut i luften, i avloppet och på marken, till exempel damm, lösningsmedel och olja.',
      en: 'What we release into the air, the drains and the ground, such as dust, solvents and oil.',
    },
  },
  chemicals_waste: {
    name: { sv: 'Kemikalier & avfall', en: 'Chemicals & waste' },
    explain: {
      sv: 'Vilka kemikalier vi använder, hur vi förvarar dem och hur vi tar hand om farligt avfall.',
      en: 'Which chemicals we use, how we store them and how we deal with hazardous waste.',
    },
  },
  materials_circularity: {
    name: { sv: 'Material & spill', en: 'Materials & scrap' },
    explain: {
      sv: 'Hur mycket material vi köper, hur mycket som blir spill och hur mycket som återanvänds eller återvinns.',
      en: 'How much material we buy, how much of it becomes scrap and how much is reused or recycled.',
    },
  },
  transport_suppliers: {
    name: { sv: 'Transporter & inköp', en: 'Transport & suppliers' },
    explain: {
      sv: 'Hur våra varor fraktas och vilka miljökrav vi ställer på dem vi köper av.',
      en: 'How our goods are shipped and what environmental demands we make of the companies we buy from.',
    },
  },

  // ── Economic ──
  strategy_followup: {
    name: { sv: 'Strategi & uppföljning', en: 'Strategy & follow-up' },
    explain: {
      sv: 'Om vi har en plan och mål för hållbarheten – och om vi följer upp att det blir gjort.',
      en: 'Whether we have a plan and goals for sustainability – and check that they get done.',
    },
  },
  resource_costs: {
    name: { sv: 'Resurskostnader', en: 'Resource costs' },
    explain: {
      sv: 'Vad energi, material, vatten och avfall kostar oss – och vad vi kan spara.',
      en: 'What energy, materials, water and waste cost us – and what we could save.',
    },
  },
  circular_business: {
    name: { sv: 'Cirkulära affärer', en: 'Circular business' },
    explain: {
      sv: 'Om våra produkter håller länge, kan lagas och tas tillbaka – och om det kan bli bra affärer.',
      en: 'Whether our products last, can be repaired and taken back – and whether that can be good business.',
    },
  },
  business_ethics: {
    name: { sv: 'Affärsetik', en: 'Business ethics' },
    explain: {
      sv: 'Hur vi gör affärer med kunder och leverantörer – ärligt, utan mutor och med krav på schyssta villkor.',
      en: 'How we do business with customers and suppliers – honestly, without bribes and expecting fair conditions.',
    },
  },
  innovation_improvement: {
    name: { sv: 'Ständiga förbättringar', en: 'Continuous improvement' },
    explain: {
      sv: 'Hur vi tar vara på idéer och gör våra produkter och arbetssätt bättre, steg för steg.',
      en: 'How we pick up ideas and make our products and the way we work better, step by step.',
    },
  },

  // ── Social ──
  health_safety: {
    name: { sv: 'Hälsa & säkerhet', en: 'Health & safety' },
    explain: {
      sv: 'Att ingen skadas eller blir sjuk av jobbet – från skyddsutrustning till stress och tunga lyft.',
      en: 'That nobody gets hurt or ill from work – from protective gear to stress and heavy lifting.',
    },
  },
  equality_inclusion: {
    name: { sv: 'Likabehandling', en: 'Equality & inclusion' },
    explain: {
      sv: 'Att alla behandlas lika och känner sig välkomna, oavsett kön, ursprung, ålder eller funktionsnedsättning.',
      en: 'That everyone is treated equally and feels welcome, whatever their gender, background, age or disability.',
    },
  },
  fair_conditions: {
    name: { sv: 'Rättvis lön & villkor', en: 'Fair pay & conditions' },
    explain: {
      sv: 'Att lön, arbetstider och anställningsvillkor är rättvisa och tydliga för alla.',
      en: 'That pay, working hours and terms of employment are fair and clear to everyone.',
    },
  },
  skills_development: {
    name: { sv: 'Kompetensutveckling', en: 'Skills development' },
    explain: {
      sv: 'Att alla får lära sig nytt och växa i jobbet – genom introduktion, utbildning och nya uppgifter.',
      en: 'That everyone gets to learn and grow at work – through induction, training and new tasks.',
    },
  },
  involvement_dialogue: {
    name: { sv: 'Delaktighet & dialog', en: 'Involvement & dialogue' },
    explain: {
      sv: 'Att alla kan säga vad de tycker, blir lyssnade på och behandlas med respekt.',
      en: 'That everyone can speak up, is listened to and is treated with respect.',
    },
  },
};
