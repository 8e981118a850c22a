// TEMPORARY stand-in until the reviewed bank (branch `bank`) is merged; removed before that.
import type { AnalysisCategoryId, BankQuestion } from './method.js';

export const ANALYSIS_QUESTION_BANK: Record<AnalysisCategoryId, readonly BankQuestion[]> = {
  energy_climate: [
    {
      id: 'energy_climate.q1',
      type: 'yes_no',
      text: { sv: 'Fråga 1 om energi och klimat?', en: 'Question 1 about energy and climate?' },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'energy_climate.q2',
      type: 'yes_partly_no',
      text: { sv: 'Fråga 2 om energi och klimat?', en: 'Question 2 about energy and climate?' },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'energy_climate.q3',
      type: 'maturity',
      text: { sv: 'Fråga 3 om energi och klimat?', en: 'Question 3 about energy and climate?' },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'energy_climate.q4',
      type: 'yes_no',
      text: { sv: 'Fråga 4 om energi och klimat?', en: 'Question 4 about energy and climate?' },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
  ],
  emissions: [
    {
      id: 'emissions.q1',
      type: 'yes_no',
      text: {
        sv: 'Fråga 1 om utsläpp till luft, vatten och mark?',
        en: 'Question 1 about emissions to air, water and soil?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'emissions.q2',
      type: 'yes_partly_no',
      text: {
        sv: 'Fråga 2 om utsläpp till luft, vatten och mark?',
        en: 'Question 2 about emissions to air, water and soil?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'emissions.q3',
      type: 'maturity',
      text: {
        sv: 'Fråga 3 om utsläpp till luft, vatten och mark?',
        en: 'Question 3 about emissions to air, water and soil?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'emissions.q4',
      type: 'yes_no',
      text: {
        sv: 'Fråga 4 om utsläpp till luft, vatten och mark?',
        en: 'Question 4 about emissions to air, water and soil?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
  ],
  chemicals_waste: [
    {
      id: 'chemicals_waste.q1',
      type: 'yes_no',
      text: {
        sv: 'Fråga 1 om kemikalier och farligt avfall?',
        en: 'Question 1 about chemicals and hazardous waste?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'chemicals_waste.q2',
      type: 'yes_partly_no',
      text: {
        sv: 'Fråga 2 om kemikalier och farligt avfall?',
        en: 'Question 2 about chemicals and hazardous waste?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'chemicals_waste.q3',
      type: 'maturity',
      text: {
        sv: 'Fråga 3 om kemikalier och farligt avfall?',
        en: 'Question 3 about chemicals and hazardous waste?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'chemicals_waste.q4',
      type: 'yes_no',
      text: {
        sv: 'Fråga 4 om kemikalier och farligt avfall?',
        en: 'Question 4 about chemicals and hazardous waste?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
  ],
  materials_circularity: [
    {
      id: 'materials_circularity.q1',
      type: 'yes_no',
      text: {
        sv: 'Fråga 1 om material, spill och cirkularitet?',
        en: 'Question 1 about materials, scrap and circularity?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'materials_circularity.q2',
      type: 'yes_partly_no',
      text: {
        sv: 'Fråga 2 om material, spill och cirkularitet?',
        en: 'Question 2 about materials, scrap and circularity?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'materials_circularity.q3',
      type: 'maturity',
      text: {
        sv: 'Fråga 3 om material, spill och cirkularitet?',
        en: 'Question 3 about materials, scrap and circularity?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'materials_circularity.q4',
      type: 'yes_no',
      text: {
        sv: 'Fråga 4 om material, spill och cirkularitet?',
        en: 'Question 4 about materials, scrap and circularity?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
  ],
  transport_suppliers: [
    {
      id: 'transport_suppliers.q1',
      type: 'yes_no',
      text: {
        sv: 'Fråga 1 om transporter och leverantörer?',
        en: 'Question 1 about transport and suppliers?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'transport_suppliers.q2',
      type: 'yes_partly_no',
      text: {
        sv: 'Fråga 2 om transporter och leverantörer?',
        en: 'Question 2 about transport and suppliers?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'transport_suppliers.q3',
      type: 'maturity',
      text: {
        sv: 'Fråga 3 om transporter och leverantörer?',
        en: 'Question 3 about transport and suppliers?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'transport_suppliers.q4',
      type: 'yes_no',
      text: {
        sv: 'Fråga 4 om transporter och leverantörer?',
        en: 'Question 4 about transport and suppliers?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
  ],
  strategy_followup: [
    {
      id: 'strategy_followup.q1',
      type: 'yes_no',
      text: {
        sv: 'Fråga 1 om strategi, mål och uppföljning?',
        en: 'Question 1 about strategy, goals and follow-up?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'strategy_followup.q2',
      type: 'yes_partly_no',
      text: {
        sv: 'Fråga 2 om strategi, mål och uppföljning?',
        en: 'Question 2 about strategy, goals and follow-up?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'strategy_followup.q3',
      type: 'maturity',
      text: {
        sv: 'Fråga 3 om strategi, mål och uppföljning?',
        en: 'Question 3 about strategy, goals and follow-up?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'strategy_followup.q4',
      type: 'yes_no',
      text: {
        sv: 'Fråga 4 om strategi, mål och uppföljning?',
        en: 'Question 4 about strategy, goals and follow-up?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
  ],
  resource_costs: [
    {
      id: 'resource_costs.q1',
      type: 'yes_no',
      text: { sv: 'Fråga 1 om resurskostnader?', en: 'Question 1 about resource costs?' },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'resource_costs.q2',
      type: 'yes_partly_no',
      text: { sv: 'Fråga 2 om resurskostnader?', en: 'Question 2 about resource costs?' },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'resource_costs.q3',
      type: 'maturity',
      text: { sv: 'Fråga 3 om resurskostnader?', en: 'Question 3 about resource costs?' },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'resource_costs.q4',
      type: 'yes_no',
      text: { sv: 'Fråga 4 om resurskostnader?', en: 'Question 4 about resource costs?' },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
  ],
  circular_business: [
    {
      id: 'circular_business.q1',
      type: 'yes_no',
      text: {
        sv: 'Fråga 1 om cirkulära produkter och affärsmodeller?',
        en: 'Question 1 about circular products and business models?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'circular_business.q2',
      type: 'yes_partly_no',
      text: {
        sv: 'Fråga 2 om cirkulära produkter och affärsmodeller?',
        en: 'Question 2 about circular products and business models?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'circular_business.q3',
      type: 'maturity',
      text: {
        sv: 'Fråga 3 om cirkulära produkter och affärsmodeller?',
        en: 'Question 3 about circular products and business models?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'circular_business.q4',
      type: 'yes_no',
      text: {
        sv: 'Fråga 4 om cirkulära produkter och affärsmodeller?',
        en: 'Question 4 about circular products and business models?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
  ],
  business_ethics: [
    {
      id: 'business_ethics.q1',
      type: 'yes_no',
      text: {
        sv: 'Fråga 1 om kunder, leverantörer och affärsetik?',
        en: 'Question 1 about customers, suppliers and business ethics?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'business_ethics.q2',
      type: 'yes_partly_no',
      text: {
        sv: 'Fråga 2 om kunder, leverantörer och affärsetik?',
        en: 'Question 2 about customers, suppliers and business ethics?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'business_ethics.q3',
      type: 'maturity',
      text: {
        sv: 'Fråga 3 om kunder, leverantörer och affärsetik?',
        en: 'Question 3 about customers, suppliers and business ethics?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'business_ethics.q4',
      type: 'yes_no',
      text: {
        sv: 'Fråga 4 om kunder, leverantörer och affärsetik?',
        en: 'Question 4 about customers, suppliers and business ethics?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
  ],
  innovation_improvement: [
    {
      id: 'innovation_improvement.q1',
      type: 'yes_no',
      text: {
        sv: 'Fråga 1 om innovation och ständiga förbättringar?',
        en: 'Question 1 about innovation and continuous improvement?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'innovation_improvement.q2',
      type: 'yes_partly_no',
      text: {
        sv: 'Fråga 2 om innovation och ständiga förbättringar?',
        en: 'Question 2 about innovation and continuous improvement?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'innovation_improvement.q3',
      type: 'maturity',
      text: {
        sv: 'Fråga 3 om innovation och ständiga förbättringar?',
        en: 'Question 3 about innovation and continuous improvement?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'innovation_improvement.q4',
      type: 'yes_no',
      text: {
        sv: 'Fråga 4 om innovation och ständiga förbättringar?',
        en: 'Question 4 about innovation and continuous improvement?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
  ],
  health_safety: [
    {
      id: 'health_safety.q1',
      type: 'yes_no',
      text: { sv: 'Fråga 1 om hälsa och säkerhet?', en: 'Question 1 about health and safety?' },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'health_safety.q2',
      type: 'yes_partly_no',
      text: { sv: 'Fråga 2 om hälsa och säkerhet?', en: 'Question 2 about health and safety?' },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'health_safety.q3',
      type: 'maturity',
      text: { sv: 'Fråga 3 om hälsa och säkerhet?', en: 'Question 3 about health and safety?' },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'health_safety.q4',
      type: 'yes_no',
      text: { sv: 'Fråga 4 om hälsa och säkerhet?', en: 'Question 4 about health and safety?' },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
  ],
  equality_inclusion: [
    {
      id: 'equality_inclusion.q1',
      type: 'yes_no',
      text: {
        sv: 'Fråga 1 om jämställdhet och inkludering?',
        en: 'Question 1 about equality and inclusion?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'equality_inclusion.q2',
      type: 'yes_partly_no',
      text: {
        sv: 'Fråga 2 om jämställdhet och inkludering?',
        en: 'Question 2 about equality and inclusion?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'equality_inclusion.q3',
      type: 'maturity',
      text: {
        sv: 'Fråga 3 om jämställdhet och inkludering?',
        en: 'Question 3 about equality and inclusion?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'equality_inclusion.q4',
      type: 'yes_no',
      text: {
        sv: 'Fråga 4 om jämställdhet och inkludering?',
        en: 'Question 4 about equality and inclusion?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
  ],
  fair_conditions: [
    {
      id: 'fair_conditions.q1',
      type: 'yes_no',
      text: {
        sv: 'Fråga 1 om rättvis lön och villkor?',
        en: 'Question 1 about fair pay and conditions?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'fair_conditions.q2',
      type: 'yes_partly_no',
      text: {
        sv: 'Fråga 2 om rättvis lön och villkor?',
        en: 'Question 2 about fair pay and conditions?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'fair_conditions.q3',
      type: 'maturity',
      text: {
        sv: 'Fråga 3 om rättvis lön och villkor?',
        en: 'Question 3 about fair pay and conditions?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'fair_conditions.q4',
      type: 'yes_no',
      text: {
        sv: 'Fråga 4 om rättvis lön och villkor?',
        en: 'Question 4 about fair pay and conditions?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
  ],
  skills_development: [
    {
      id: 'skills_development.q1',
      type: 'yes_no',
      text: { sv: 'Fråga 1 om kompetensutveckling?', en: 'Question 1 about skills development?' },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'skills_development.q2',
      type: 'yes_partly_no',
      text: { sv: 'Fråga 2 om kompetensutveckling?', en: 'Question 2 about skills development?' },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'skills_development.q3',
      type: 'maturity',
      text: { sv: 'Fråga 3 om kompetensutveckling?', en: 'Question 3 about skills development?' },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'skills_development.q4',
      type: 'yes_no',
      text: { sv: 'Fråga 4 om kompetensutveckling?', en: 'Question 4 about skills development?' },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
  ],
  involvement_dialogue: [
    {
      id: 'involvement_dialogue.q1',
      type: 'yes_no',
      text: {
        sv: 'Fråga 1 om delaktighet, dialog och respekt?',
        en: 'Question 1 about involvement, dialogue and respect?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'involvement_dialogue.q2',
      type: 'yes_partly_no',
      text: {
        sv: 'Fråga 2 om delaktighet, dialog och respekt?',
        en: 'Question 2 about involvement, dialogue and respect?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'involvement_dialogue.q3',
      type: 'maturity',
      text: {
        sv: 'Fråga 3 om delaktighet, dialog och respekt?',
        en: 'Question 3 about involvement, dialogue and respect?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
    {
      id: 'involvement_dialogue.q4',
      type: 'yes_no',
      text: {
        sv: 'Fråga 4 om delaktighet, dialog och respekt?',
        en: 'Question 4 about involvement, dialogue and respect?',
      },
      help: { sv: 'Hjälp.', en: 'Help.' },
    },
  ],
};
