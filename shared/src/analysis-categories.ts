// TEMPORARY stand-in until the reviewed bank (branch `bank`) is merged; removed before that.
import type { AnalysisCategoryId, LocalText } from './method.js';

export const ANALYSIS_CATEGORY_TEXT: Record<
  AnalysisCategoryId,
  { name: LocalText; explain: LocalText }
> = {
  energy_climate: {
    name: { sv: 'Energi och klimat', en: 'Energy and climate' },
    explain: { sv: 'Om energi och klimat.', en: 'About energy and climate.' },
  },
  emissions: {
    name: { sv: 'Utsläpp till luft, vatten och mark', en: 'Emissions to air, water and soil' },
    explain: {
      sv: 'Om utsläpp till luft, vatten och mark.',
      en: 'About emissions to air, water and soil.',
    },
  },
  chemicals_waste: {
    name: { sv: 'Kemikalier och farligt avfall', en: 'Chemicals and hazardous waste' },
    explain: {
      sv: 'Om kemikalier och farligt avfall.',
      en: 'About chemicals and hazardous waste.',
    },
  },
  materials_circularity: {
    name: { sv: 'Material, spill och cirkularitet', en: 'Materials, scrap and circularity' },
    explain: {
      sv: 'Om material, spill och cirkularitet.',
      en: 'About materials, scrap and circularity.',
    },
  },
  transport_suppliers: {
    name: { sv: 'Transporter och leverantörer', en: 'Transport and suppliers' },
    explain: { sv: 'Om transporter och leverantörer.', en: 'About transport and suppliers.' },
  },
  strategy_followup: {
    name: { sv: 'Strategi, mål och uppföljning', en: 'Strategy, goals and follow-up' },
    explain: {
      sv: 'Om strategi, mål och uppföljning.',
      en: 'About strategy, goals and follow-up.',
    },
  },
  resource_costs: {
    name: { sv: 'Resurskostnader', en: 'Resource costs' },
    explain: { sv: 'Om resurskostnader.', en: 'About resource costs.' },
  },
  circular_business: {
    name: {
      sv: 'Cirkulära produkter och affärsmodeller',
      en: 'Circular products and business models',
    },
    explain: {
      sv: 'Om cirkulära produkter och affärsmodeller.',
      en: 'About circular products and business models.',
    },
  },
  business_ethics: {
    name: {
      sv: 'Kunder, leverantörer och affärsetik',
      en: 'Customers, suppliers and business ethics',
    },
    explain: {
      sv: 'Om kunder, leverantörer och affärsetik.',
      en: 'About customers, suppliers and business ethics.',
    },
  },
  innovation_improvement: {
    name: {
      sv: 'Innovation och ständiga förbättringar',
      en: 'Innovation and continuous improvement',
    },
    explain: {
      sv: 'Om innovation och ständiga förbättringar.',
      en: 'About innovation and continuous improvement.',
    },
  },
  health_safety: {
    name: { sv: 'Hälsa och säkerhet', en: 'Health and safety' },
    explain: { sv: 'Om hälsa och säkerhet.', en: 'About health and safety.' },
  },
  equality_inclusion: {
    name: { sv: 'Jämställdhet och inkludering', en: 'Equality and inclusion' },
    explain: { sv: 'Om jämställdhet och inkludering.', en: 'About equality and inclusion.' },
  },
  fair_conditions: {
    name: { sv: 'Rättvis lön och villkor', en: 'Fair pay and conditions' },
    explain: { sv: 'Om rättvis lön och villkor.', en: 'About fair pay and conditions.' },
  },
  skills_development: {
    name: { sv: 'Kompetensutveckling', en: 'Skills development' },
    explain: { sv: 'Om kompetensutveckling.', en: 'About skills development.' },
  },
  involvement_dialogue: {
    name: { sv: 'Delaktighet, dialog och respekt', en: 'Involvement, dialogue and respect' },
    explain: {
      sv: 'Om delaktighet, dialog och respekt.',
      en: 'About involvement, dialogue and respect.',
    },
  },
};
