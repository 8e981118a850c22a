import type { AnalysisCategoryId, BankQuestion } from './method.js';

/**
 * The shipped question bank of the current-state analysis (nulägesanalys): three forms, one
 * per dimension, five categories each, four questions per category. This is a REVIEWED DATA
 * FILE: every text here is read by people on a shop floor, so a change gets the same review
 * as code (natural Swedish in the "vi" form, plain English, help that says what counts as yes).
 *
 * How to change it without breaking comparisons between rounds:
 * - Improving the wording or the help of a question (same meaning): edit the text, keep the id.
 *   A board copies this bank when its bank is seeded, so the new text reaches boards seeded
 *   afterwards; existing boards keep their copy (their admins edit it as a new version there).
 * - Changing what a question asks, or its answer type: that is a new question. Give it a new
 *   id and remove the old entry; a board that has the old one retires it in its own bank.
 * - Ids (`<categoryId>.<slug>`) are stored with every answer and compared across rounds: never
 *   rename one, and never reuse a removed id for a different question.
 * - Keep four questions per category and each text within 400 characters (analysis-bank.test.ts
 *   checks the shape).
 *
 * Answer types (method.ts): yes_no (4/0), yes_partly_no (4/2/0), and maturity 0–4 for "how far
 * have we come" (0 not started · 1 ad hoc · 2 defined, partly applied · 3 applied everywhere,
 * owner assigned · 4 measured and improved). Every question can also be answered "don't know"
 * or "not relevant"; a help text says when "not relevant" is the honest answer.
 */
export const ANALYSIS_QUESTION_BANK: Record<AnalysisCategoryId, readonly BankQuestion[]> = {
  // ── Ecological ────────────────────────────────────────────────────────────────────────

  energy_climate: [
    {
      id: 'energy_climate.monthly_metering',
      type: 'yes_no',
      text: {
        sv: 'Mäter vi energianvändningen varje månad?',
        en: 'Do we measure our energy use every month?',
      },
      help: {
        sv: 'El, värme och bränsle, avläst från mätare eller fakturor. Ja om någon gör det minst en gång i månaden och sparar siffrorna.',
        en: 'Electricity, heating and fuel, read from meters or invoices. Yes if someone does it at least once a month and keeps the figures.',
      },
    },
    {
      id: 'energy_climate.biggest_users',
      type: 'yes_partly_no',
      text: {
        sv: 'Vet vi vilka maskiner och processer som drar mest energi?',
        en: 'Do we know which machines and processes use the most energy?',
      },
      help: {
        sv: 'Till exempel kompressorer, ugnar, kylning eller ventilation. Delvis om vi tror att vi vet men inte har mätt.',
        en: 'For example compressors, ovens, cooling or ventilation. Partly if we think we know but have not measured it.',
      },
    },
    {
      id: 'energy_climate.idle_shutdown',
      type: 'yes_partly_no',
      text: {
        sv: 'Stänger vi av maskiner, belysning och tryckluft när de inte behövs?',
        en: 'Do we switch off machines, lighting and compressed air when they are not needed?',
      },
      help: {
        sv: 'Tänk på raster, nätter och helger. Ja om det finns en rutin som faktiskt följs.',
        en: 'Think of breaks, nights and weekends. Yes if there is a routine that is actually followed.',
      },
    },
    {
      id: 'energy_climate.climate_reduction',
      type: 'maturity',
      text: {
        sv: 'Hur långt har vi kommit med att minska vår klimatpåverkan?',
        en: 'How far have we come in cutting our climate impact?',
      },
      help: {
        sv: 'Till exempel fossilfri el, effektivare utrustning eller mindre olja och gasol. Högsta steget: vi mäter utsläppen och de minskar år för år.',
        en: 'For example fossil-free electricity, more efficient equipment or burning less oil and gas. The top step: we measure our emissions and they fall year by year.',
      },
    },
  ],

  emissions: [
    {
      id: 'emissions.known_emissions',
      type: 'yes_partly_no',
      text: {
        sv: 'Vet vi vad vår verksamhet släpper ut till luft, vatten och mark?',
        en: 'Do we know what our operations release into the air, water and ground?',
      },
      help: {
        sv: 'Till exempel damm, lösningsmedel, rök, olja eller processvatten. Ja om det finns en förteckning som någon håller aktuell.',
        en: 'For example dust, solvents, fumes, oil or process water. Yes if there is a list that someone keeps up to date.',
      },
    },
    {
      id: 'emissions.permit_requirements',
      type: 'yes_no',
      text: {
        sv: 'Uppfyller vi de miljökrav och tillstånd som gäller för oss?',
        en: 'Do we meet the environmental permits and requirements that apply to us?',
      },
      help: {
        sv: 'Till exempel gränsvärden, kontroller och rapporter som kommunen eller länsstyrelsen kräver. Ja om vi vet vilka krav som gäller och klarar dem.',
        en: 'For example limits, checks and reports that the authorities require. Yes if we know which requirements apply and meet them.',
      },
    },
    {
      id: 'emissions.spill_preparedness',
      type: 'yes_partly_no',
      text: {
        sv: 'Är vi förberedda om olja eller kemikalier läcker ut?',
        en: 'Are we prepared if oil or chemicals leak?',
      },
      help: {
        sv: 'Ja om absorberingsmedel och brunnstätningar finns nära till hands, fat och tankar står på uppsamlingskärl och alla vet vad de ska göra.',
        en: 'Yes if absorbents and drain covers are close at hand, drums and tanks stand in drip trays, and everyone knows what to do.',
      },
    },
    {
      id: 'emissions.emission_reduction',
      type: 'maturity',
      text: {
        sv: 'Hur långt har vi kommit med att minska våra utsläpp till luft, vatten och mark?',
        en: 'How far have we come in reducing our emissions to air, water and ground?',
      },
      help: {
        sv: 'Till exempel filter, slutna system, bytta ämnen eller underhållna oljeavskiljare. Högsta steget: vi mäter utsläppen och ser dem minska.',
        en: 'For example filters, closed systems, safer substances or well-kept oil separators. The top step: we measure the emissions and see them fall.',
      },
    },
  ],

  chemicals_waste: [
    {
      id: 'chemicals_waste.chemical_register',
      type: 'yes_partly_no',
      text: {
        sv: 'Har vi en aktuell förteckning över alla kemikalier vi använder?',
        en: 'Do we have an up-to-date list of all the chemicals we use?',
      },
      help: {
        sv: 'En kemikalieförteckning som visar var varje produkt finns och hur mycket vi har. Delvis om den finns men inte är uppdaterad.',
        en: 'A chemical register showing where each product is kept and how much we have. Partly if it exists but is out of date.',
      },
    },
    {
      id: 'chemicals_waste.safety_data_sheets',
      type: 'yes_partly_no',
      text: {
        sv: 'Finns säkerhetsdatabladen nära till hands där kemikalierna används?',
        en: 'Are the safety data sheets close at hand where the chemicals are used?',
      },
      help: {
        sv: 'Ja om den som arbetar med en kemikalie hittar bladet på papper eller i telefonen inom en minut.',
        en: 'Yes if anyone working with a chemical can find its sheet, on paper or on a phone, within a minute.',
      },
    },
    {
      id: 'chemicals_waste.hazardous_waste_handling',
      type: 'yes_no',
      text: {
        sv: 'Sorterar vi farligt avfall rätt och lämnar det till en godkänd mottagare?',
        en: 'Do we sort hazardous waste correctly and hand it to an approved collector?',
      },
      help: {
        sv: 'Till exempel spillolja, lösningsmedel, sprayburkar, lysrör och batterier. Ja om de har egna märkta kärl och vi sparar transportdokumenten.',
        en: 'For example waste oil, solvents, spray cans, fluorescent tubes and batteries. Yes if they have their own labelled containers and we keep the transport documents.',
      },
    },
    {
      id: 'chemicals_waste.substitution',
      type: 'maturity',
      text: {
        sv: 'Hur långt har vi kommit med att byta ut farliga kemikalier mot mindre farliga?',
        en: 'How far have we come in replacing hazardous chemicals with safer ones?',
      },
      help: {
        sv: 'Till exempel vattenbaserad avfettning i stället för lösningsmedel. Högsta steget: vi går igenom alla produkter regelbundet och de farliga blir färre.',
        en: 'For example water-based degreasers instead of solvents. The top step: we review every product regularly and the hazardous ones become fewer.',
      },
    },
  ],

  materials_circularity: [
    {
      id: 'materials_circularity.scrap_measured',
      type: 'yes_no',
      text: {
        sv: 'Mäter vi hur mycket material som blir kassationer och spill?',
        en: 'Do we measure how much material ends up as scrap and rejects?',
      },
      help: {
        sv: 'Ja om vi vet det i kilo eller procent per vecka eller månad, inte bara har en känsla av att det är mycket.',
        en: 'Yes if we know it in kilos or per cent per week or month, not just a feeling that it is a lot.',
      },
    },
    {
      id: 'materials_circularity.waste_sorting',
      type: 'yes_partly_no',
      text: {
        sv: 'Sorterar vi avfallet så att det mesta kan återvinnas?',
        en: 'Do we sort our waste so that most of it can be recycled?',
      },
      help: {
        sv: 'Metall, trä, wellpapp, plast och brännbart i var sitt kärl. Delvis om vi sorterar men det ofta blir fel.',
        en: 'Metal, wood, cardboard, plastic and combustible waste each in its own container. Partly if we sort but often get it wrong.',
      },
    },
    {
      id: 'materials_circularity.reuse_packaging',
      type: 'yes_partly_no',
      text: {
        sv: 'Återanvänder vi emballage, pallar och restmaterial där det går?',
        en: 'Do we reuse packaging, pallets and leftover material where we can?',
      },
      help: {
        sv: 'Till exempel returpallar, returlådor med leverantörerna eller kapbitar som blir mindre detaljer. Ja om det är en vana och inte ett undantag.',
        en: 'For example returnable pallets, reusable crates with suppliers, or offcuts made into smaller parts. Yes if it is a habit, not the exception.',
      },
    },
    {
      id: 'materials_circularity.material_efficiency',
      type: 'maturity',
      text: {
        sv: 'Hur långt har vi kommit med att minska materialåtgången och kassationerna?',
        en: 'How far have we come in cutting material use and scrap?',
      },
      help: {
        sv: 'Till exempel bättre inställningar, smartare utläggning eller mindre omarbete. Högsta steget: vi följer kassationerna och de minskar.',
        en: 'For example better machine settings, smarter nesting or less rework. The top step: we track scrap and it is going down.',
      },
    },
  ],

  transport_suppliers: [
    {
      id: 'transport_suppliers.supplier_requirements',
      type: 'yes_partly_no',
      text: {
        sv: 'Ställer vi miljökrav när vi väljer leverantörer?',
        en: 'Do we set environmental requirements when we choose suppliers?',
      },
      help: {
        sv: 'Till exempel miljöcertifiering, vilka kemikalier som ingår eller hur varorna fraktas. Delvis om vi gör det ibland men inte som regel.',
        en: 'For example environmental certification, what chemicals the goods contain or how they are shipped. Partly if we do it sometimes but not as a rule.',
      },
    },
    {
      id: 'transport_suppliers.coordinated_deliveries',
      type: 'yes_partly_no',
      text: {
        sv: 'Samordnar vi leveranserna så att bilarna går fulla och mer sällan?',
        en: 'Do we coordinate deliveries so that trucks run full and less often?',
      },
      help: {
        sv: 'Till exempel fasta leveransdagar, samlastning eller större och glesare beställningar. Ja om det är planerat och inte en slump.',
        en: 'For example fixed delivery days, shared loads or larger, less frequent orders. Yes if it is planned, not luck.',
      },
    },
    {
      id: 'transport_suppliers.heaviest_transports',
      type: 'yes_no',
      text: {
        sv: 'Vet vi vilka av våra transporter som belastar miljön mest?',
        en: 'Do we know which of our transports put the most strain on the environment?',
      },
      help: {
        sv: 'Till exempel flygfrakt, akuta budkörningar eller långa lastbilstransporter. Ja om vi har tittat på det med siffror.',
        en: 'For example air freight, rush courier runs or long truck hauls. Yes if we have looked at it with figures.',
      },
    },
    {
      id: 'transport_suppliers.lower_impact_transport',
      type: 'maturity',
      text: {
        sv: 'Hur långt har vi kommit med att minska miljöpåverkan från våra transporter?',
        en: 'How far have we come in reducing the environmental impact of our transport?',
      },
      help: {
        sv: 'Till exempel fossilfritt bränsle, tåg i stället för lastbil, eldrivna truckar eller samåkning till jobbet. Högsta steget: vi följer upp det med siffror och det blir bättre.',
        en: 'For example fossil-free fuel, rail instead of road, electric forklifts or car sharing to work. The top step: we follow it up with figures and it keeps improving.',
      },
    },
  ],

  // ── Economic ──────────────────────────────────────────────────────────────────────────

  strategy_followup: [
    {
      id: 'strategy_followup.written_goals',
      type: 'yes_no',
      text: {
        sv: 'Har vi skrivna mål för vårt hållbarhetsarbete?',
        en: 'Do we have written goals for our sustainability work?',
      },
      help: {
        sv: 'Ja om målen är nedskrivna med siffror och datum, till exempel på tavlan. Goda avsikter i huvudet räknas inte.',
        en: "Yes if the goals are written down with figures and dates, for example on the board. Good intentions in someone's head do not count.",
      },
    },
    {
      id: 'strategy_followup.goals_known',
      type: 'yes_partly_no',
      text: {
        sv: 'Känner medarbetarna till våra hållbarhetsmål?',
        en: 'Do employees know our sustainability goals?',
      },
      help: {
        sv: 'Fråga några ute i produktionen. Ja om de flesta kan nämna minst ett mål och vad det betyder för deras jobb.',
        en: 'Ask a few people on the floor. Yes if most of them can name at least one goal and what it means for their job.',
      },
    },
    {
      id: 'strategy_followup.regular_followup',
      type: 'yes_partly_no',
      text: {
        sv: 'Följer vi upp målen regelbundet, till exempel på tavelmötet?',
        en: 'Do we follow up the goals regularly, for example at the board meeting?',
      },
      help: {
        sv: 'Ja om vi tittar på mätvärdena minst en gång i månaden och bestämmer vad vi gör när ett mål halkar efter.',
        en: 'Yes if we look at the figures at least once a month and decide what to do when a goal falls behind.',
      },
    },
    {
      id: 'strategy_followup.part_of_strategy',
      type: 'maturity',
      text: {
        sv: 'Hur långt har vi kommit med att göra hållbarhet till en del av företagets strategi?',
        en: "How far have we come in making sustainability part of the company's strategy?",
      },
      help: {
        sv: 'Att hållbarhet vägs in när vi investerar, planerar och gör budget. Högsta steget: någon äger frågan, vi följer upp och blir bättre varje år.',
        en: 'Sustainability counts when we invest, plan and set budgets. The top step: someone owns it, and we follow it up and improve every year.',
      },
    },
  ],

  resource_costs: [
    {
      id: 'resource_costs.energy_cost_known',
      type: 'yes_no',
      text: {
        sv: 'Vet vi vad energin kostar oss per år?',
        en: 'Do we know what energy costs us per year?',
      },
      help: {
        sv: 'El, värme och bränsle tillsammans. Ja om siffran är sammanställd och någon kan svara utan att leta.',
        en: 'Electricity, heating and fuel together. Yes if the figure has been added up and someone can give it without searching.',
      },
    },
    {
      id: 'resource_costs.scrap_cost_known',
      type: 'yes_partly_no',
      text: {
        sv: 'Vet vi vad kassationer och spill kostar oss?',
        en: 'Do we know what scrap and rejects cost us?',
      },
      help: {
        sv: 'Både materialet och arbetstiden som går förlorad. Delvis om vi bara vet materialkostnaden eller bara för några produkter.',
        en: 'Both the material and the working time that is lost. Partly if we only know the material cost, or only for some products.',
      },
    },
    {
      id: 'resource_costs.lifecycle_cost',
      type: 'yes_partly_no',
      text: {
        sv: 'Räknar vi med energi- och driftkostnader när vi köper ny utrustning?',
        en: 'Do we count energy and running costs when we buy new equipment?',
      },
      help: {
        sv: 'Alltså vad en maskin kostar att driva under hela sin livstid, inte bara inköpspriset. Delvis om vi gör det bara vid stora inköp.',
        en: 'That is, what a machine costs to run over its whole life, not just its price. Partly if we only do it for large purchases.',
      },
    },
    {
      id: 'resource_costs.cost_reduction',
      type: 'maturity',
      text: {
        sv: 'Hur långt har vi kommit med att sänka kostnaderna för energi, material, vatten och avfall?',
        en: 'How far have we come in cutting our costs for energy, materials, water and waste?',
      },
      help: {
        sv: 'Till exempel läcksökning i tryckluften, bättre sortering som ger lägre avfallsavgifter eller mindre spill. Högsta steget: vi följer kostnaderna och ser dem sjunka.',
        en: 'For example fixing compressed-air leaks, better sorting that lowers waste fees, or less scrap. The top step: we track the costs and see them fall.',
      },
    },
  ],

  circular_business: [
    {
      id: 'circular_business.durable_products',
      type: 'yes_partly_no',
      text: {
        sv: 'Är våra produkter gjorda för att hålla länge och gå att laga?',
        en: 'Are our products made to last and to be repaired?',
      },
      help: {
        sv: 'Till exempel utbytbara delar, reservdelar och tydliga skötselråd. Inte relevant om vi bara tillverkar efter kundens ritning.',
        en: "For example replaceable parts, spare parts and clear care instructions. Not relevant if we only make parts to the customer's drawing.",
      },
    },
    {
      id: 'circular_business.take_back',
      type: 'yes_no',
      text: {
        sv: 'Tar vi tillbaka använda produkter eller emballage från kunderna?',
        en: 'Do we take back used products or packaging from our customers?',
      },
      help: {
        sv: 'För återanvändning, renovering eller återvinning. Ja om det finns ett upplägg som fungerar, även om det bara gäller en del av sortimentet.',
        en: 'For reuse, refurbishment or recycling. Yes if there is an arrangement that works, even if it covers only part of our range.',
      },
    },
    {
      id: 'circular_business.byproducts_used',
      type: 'yes_partly_no',
      text: {
        sv: 'Säljer eller lämnar vi restmaterial och biprodukter till någon som kan använda dem?',
        en: 'Do we sell or pass on leftover material and by-products to someone who can use them?',
      },
      help: {
        sv: 'Till exempel metallskrot, spån, överskottsvärme eller kapbitar. Ja om det mesta går vidare i stället för att bli avfall.',
        en: 'For example scrap metal, shavings, surplus heat or offcuts. Yes if most of it goes on to be used instead of becoming waste.',
      },
    },
    {
      id: 'circular_business.circular_offers',
      type: 'maturity',
      text: {
        sv: 'Hur långt har vi kommit med cirkulära erbjudanden, som reparation, uthyrning eller renovering?',
        en: 'How far have we come with circular offers, such as repair, leasing or refurbishment?',
      },
      help: {
        sv: 'Sätt att tjäna pengar på att produkter används längre i stället för att ersättas med nya. Högsta steget: det är en egen del av affären som vi följer upp.',
        en: 'Ways of earning money from products being used longer instead of being replaced with new ones. The top step: it is a line of business of its own, and we follow it up.',
      },
    },
  ],

  business_ethics: [
    {
      id: 'business_ethics.code_of_conduct',
      type: 'yes_no',
      text: {
        sv: 'Har vi skrivna regler för hur vi gör affärer, till exempel om mutor och gåvor?',
        en: 'Do we have written rules on how we do business, for example on bribes and gifts?',
      },
      help: {
        sv: 'En uppförandekod eller policy. Ja om den finns och de som köper och säljer känner till den.',
        en: 'A code of conduct or policy. Yes if it exists and the people who buy and sell know it.',
      },
    },
    {
      id: 'business_ethics.supplier_conditions',
      type: 'yes_partly_no',
      text: {
        sv: 'Ställer vi krav på att våra leverantörer behandlar sina anställda schysst?',
        en: 'Do we require our suppliers to treat their employees fairly?',
      },
      help: {
        sv: 'Till exempel om arbetsmiljö, löner och barnarbete. Delvis om kraven finns men vi aldrig kontrollerar dem.',
        en: 'For example on working conditions, wages and child labour. Partly if the requirements exist but we never check them.',
      },
    },
    {
      id: 'business_ethics.customer_requirements',
      type: 'yes_partly_no',
      text: {
        sv: 'Vet vi vilka hållbarhetskrav våra kunder ställer på oss?',
        en: 'Do we know what sustainability requirements our customers place on us?',
      },
      help: {
        sv: 'Till exempel enkäter, certifieringar eller klimatdata som kunderna frågar efter. Ja om någon har samlat kraven och vi kan svara på dem.',
        en: 'For example questionnaires, certifications or climate data that customers ask for. Yes if someone has gathered the requirements and we can answer them.',
      },
    },
    {
      id: 'business_ethics.speak_up_safely',
      type: 'yes_no',
      text: {
        sv: 'Kan man slå larm om oegentligheter utan att riskera något?',
        en: 'Can people report wrongdoing without putting themselves at risk?',
      },
      help: {
        sv: 'Till exempel en visselblåsarkanal eller någon annan än närmaste chef att vända sig till. Ja om alla vet hur man gör.',
        en: 'For example a whistleblowing channel, or someone other than your own manager to turn to. Yes if everyone knows how to do it.',
      },
    },
  ],

  innovation_improvement: [
    {
      id: 'innovation_improvement.suggestion_channel',
      type: 'yes_no',
      text: {
        sv: 'Finns det ett enkelt sätt för alla att lämna förbättringsförslag?',
        en: 'Is there a simple way for everyone to put forward ideas for improvement?',
      },
      help: {
        sv: 'Till exempel en tavla, en låda eller en app. Ja om vem som helst kan lämna ett förslag på några minuter.',
        en: 'For example a board, a box or an app. Yes if anyone can put forward an idea in a few minutes.',
      },
    },
    {
      id: 'innovation_improvement.suggestion_feedback',
      type: 'yes_partly_no',
      text: {
        sv: 'Får den som lämnat ett förslag veta vad som händer med det?',
        en: 'Do people who put forward an idea hear what happens to it?',
      },
      help: {
        sv: 'Ja om varje förslag får svar inom rimlig tid, även när svaret är nej, och varför.',
        en: 'Yes if every idea gets an answer within a reasonable time, even when the answer is no, and why.',
      },
    },
    {
      id: 'innovation_improvement.time_to_improve',
      type: 'yes_partly_no',
      text: {
        sv: 'Får vi tid att arbeta med förbättringar på arbetstid?',
        en: 'Do we get time to work on improvements during working hours?',
      },
      help: {
        sv: 'Till exempel korta förbättringsmöten eller tid att prova en idé. Delvis om det bara blir av när produktionen ändå står still.',
        en: 'For example short improvement meetings or time to try out an idea. Partly if it only happens when the line is standing still anyway.',
      },
    },
    {
      id: 'innovation_improvement.systematic_improvement',
      type: 'maturity',
      text: {
        sv: 'Hur långt har vi kommit med ett systematiskt förbättringsarbete?',
        en: 'How far have we come with systematic continuous improvement?',
      },
      help: {
        sv: 'Att vi hittar problem, provar lösningar och gör det som fungerar till standard, till exempel med PDCA. Högsta steget: alla är med och vi mäter effekten.',
        en: 'Finding problems, trying solutions and making what works the standard, for example with PDCA. The top step: everyone takes part and we measure the effect.',
      },
    },
  ],

  // ── Social ────────────────────────────────────────────────────────────────────────────

  health_safety: [
    {
      id: 'health_safety.risk_assessment',
      type: 'yes_partly_no',
      text: {
        sv: 'Gör vi skyddsronder och riskbedömningar minst en gång om året?',
        en: 'Do we carry out safety rounds and risk assessments at least once a year?',
      },
      help: {
        sv: 'Och även när något ändras, som en ny maskin eller ett nytt arbetssätt. Delvis om de görs men åtgärderna inte blir av.',
        en: 'And also when something changes, such as a new machine or a new way of working. Partly if they are done but the actions are not carried out.',
      },
    },
    {
      id: 'health_safety.incident_reporting',
      type: 'yes_partly_no',
      text: {
        sv: 'Rapporterar vi tillbud och olyckor och lär oss av dem?',
        en: 'Do we report near misses and accidents, and learn from them?',
      },
      help: {
        sv: 'Ett tillbud är när något nästan hände. Ja om de flesta tillbud rapporteras och varje rapport leder till en åtgärd.',
        en: 'A near miss is when something almost happened. Yes if most near misses are reported and each report leads to an action.',
      },
    },
    {
      id: 'health_safety.protective_equipment',
      type: 'yes_no',
      text: {
        sv: 'Finns rätt skyddsutrustning, och används den?',
        en: 'Is the right protective equipment there, and is it used?',
      },
      help: {
        sv: 'Till exempel hörselskydd, skyddsglasögon, handskar och skyddsskor. Ja bara om den både finns och används i praktiken.',
        en: 'For example hearing protection, safety glasses, gloves and safety shoes. Yes only if it is both there and worn in practice.',
      },
    },
    {
      id: 'health_safety.strain_and_stress',
      type: 'maturity',
      text: {
        sv: 'Hur långt har vi kommit med att förebygga stress och belastningsskador?',
        en: 'How far have we come in preventing stress and strain injuries?',
      },
      help: {
        sv: 'Till exempel tunga lyft, upprepade rörelser, arbetstakt och skiftarbete. Högsta steget: vi följer upp sjukfrånvaro och besvär och ser dem minska.',
        en: 'For example heavy lifting, repetitive movements, work pace and shift work. The top step: we follow up sick leave and complaints and see them go down.',
      },
    },
  ],

  equality_inclusion: [
    {
      id: 'equality_inclusion.active_measures',
      type: 'yes_no',
      text: {
        sv: 'Arbetar vi efter en plan mot diskriminering och för lika rättigheter?',
        en: 'Do we follow a plan against discrimination and for equal rights?',
      },
      help: {
        sv: 'Arbetsgivare ska arbeta med aktiva åtgärder mot diskriminering, och från 25 anställda dokumentera dem. Ja om planen finns och har följts upp det senaste året.',
        en: 'Employers must take active measures against discrimination, and document them from 25 employees. Yes if the plan exists and has been followed up in the past year.',
      },
    },
    {
      id: 'equality_inclusion.harassment_routine',
      type: 'yes_partly_no',
      text: {
        sv: 'Vet alla vart de ska vända sig vid trakasserier eller kränkningar?',
        en: 'Does everyone know where to turn in case of harassment or bullying?',
      },
      help: {
        sv: 'Ja om det finns en rutin som alla känner till och som ser till att anmälningar tas på allvar.',
        en: 'Yes if there is a routine that everyone knows and that makes sure reports are taken seriously.',
      },
    },
    {
      id: 'equality_inclusion.information_for_all',
      type: 'yes_partly_no',
      text: {
        sv: 'Når viktig information fram även till den som inte kan så mycket svenska?',
        en: 'Does important information also reach people who speak little Swedish?',
      },
      help: {
        sv: 'Till exempel säkerhetsinstruktioner med bilder, på flera språk eller förklarade muntligt. Ja om ingen behöver gissa vad som gäller.',
        en: 'For example safety instructions with pictures, in several languages or explained in person. Yes if nobody has to guess what applies.',
      },
    },
    {
      id: 'equality_inclusion.equal_opportunities',
      type: 'maturity',
      text: {
        sv: 'Hur långt har vi kommit med att ge alla samma möjligheter, oavsett kön, ursprung eller ålder?',
        en: 'How far have we come in giving everyone the same opportunities, whatever their gender, background or age?',
      },
      help: {
        sv: 'Vid rekrytering, befordran, utbildning och fördelning av arbetsuppgifter. Högsta steget: vi följer upp med siffror, till exempel könsfördelningen, och agerar på dem.',
        en: 'In hiring, promotion, training and who gets which tasks. The top step: we follow it up with figures, such as the gender balance, and act on them.',
      },
    },
  ],

  fair_conditions: [
    {
      id: 'fair_conditions.pay_survey',
      type: 'yes_no',
      text: {
        sv: 'Gör vi en lönekartläggning varje år för att hitta osakliga löneskillnader?',
        en: 'Do we carry out a pay survey every year to find unjustified pay gaps?',
      },
      help: {
        sv: 'Särskilt mellan kvinnor och män med likvärdiga arbeten; från tio anställda ska den dokumenteras. Ja om den är gjord det senaste året.',
        en: 'Especially between women and men doing work of equal value; from ten employees the survey must be documented. Yes if it has been done in the past year.',
      },
    },
    {
      id: 'fair_conditions.clear_pay_criteria',
      type: 'yes_partly_no',
      text: {
        sv: 'Vet alla hur lönen sätts och vad som krävs för att få högre lön?',
        en: 'Does everyone know how pay is set and what it takes to earn more?',
      },
      help: {
        sv: 'Ja om lönekriterierna är tydliga och var och en får ett lönesamtal eller en förklaring av sin lön.',
        en: 'Yes if the pay criteria are clear and everyone gets a pay review or an explanation of their pay.',
      },
    },
    {
      id: 'fair_conditions.working_hours',
      type: 'yes_partly_no',
      text: {
        sv: 'Planeras arbetstider och övertid så att alla hinner vila och har ett liv utanför jobbet?',
        en: 'Are working hours and overtime planned so that everyone gets rest and has a life outside work?',
      },
      help: {
        sv: 'Ja om schemat kommer i god tid, övertid är ett undantag och reglerna om vila följs.',
        en: 'Yes if rosters come out in good time, overtime is the exception and the rules on rest are followed.',
      },
    },
    {
      id: 'fair_conditions.collective_terms',
      type: 'yes_no',
      text: {
        sv: 'Har alla anställda kollektivavtal eller minst lika bra villkor?',
        en: 'Do all employees have a collective agreement, or terms at least as good?',
      },
      help: {
        sv: 'Kollektivavtal reglerar bland annat lön, försäkringar och pension. Tänk också på inhyrda och visstidsanställda.',
        en: 'A collective agreement covers things like pay, insurance and pension. Think of agency and temporary staff too.',
      },
    },
  ],

  skills_development: [
    {
      id: 'skills_development.onboarding',
      type: 'yes_partly_no',
      text: {
        sv: 'Får alla nyanställda och inhyrda en ordentlig introduktion?',
        en: 'Do all new and agency staff get a proper introduction?',
      },
      help: {
        sv: 'Säkerhet, rutiner och vem man frågar, gärna med en fadder. Delvis om det beror på vem som råkar vara där.',
        en: 'Safety, routines and whom to ask, ideally with a buddy. Partly if it depends on who happens to be around.',
      },
    },
    {
      id: 'skills_development.development_talks',
      type: 'yes_no',
      text: {
        sv: 'Har alla ett utvecklingssamtal minst en gång om året?',
        en: 'Does everyone have a development talk at least once a year?',
      },
      help: {
        sv: 'Ett samtal med chefen om hur jobbet går och vad man vill lära sig. Ja om det gäller alla, även de som jobbar skift.',
        en: 'A talk with your manager about how work is going and what you want to learn. Yes if it includes everyone, shift workers too.',
      },
    },
    {
      id: 'skills_development.skills_matrix',
      type: 'yes_partly_no',
      text: {
        sv: 'Vet vi vem som kan vad, till exempel med en kompetensmatris?',
        en: 'Do we know who can do what, for example from a skills matrix?',
      },
      help: {
        sv: 'En översikt över vem som kan köra vilka maskiner och moment. Ja om den används för att planera utbildning så att vi inte hänger på en enda person.',
        en: 'An overview of who can run which machines and tasks. Yes if it is used to plan training so that nothing depends on one single person.',
      },
    },
    {
      id: 'skills_development.training_plans',
      type: 'maturity',
      text: {
        sv: 'Hur långt har vi kommit med att planera kompetensutveckling för alla?',
        en: 'How far have we come in planning skills development for everyone?',
      },
      help: {
        sv: 'Kurser, upplärning på nya maskiner och arbetsrotation. Högsta steget: var och en har en plan som följs upp, och vi ser att kunnandet växer.',
        en: 'Courses, training on new machines and job rotation. The top step: everyone has a plan that is followed up, and we see skills grow.',
      },
    },
  ],

  involvement_dialogue: [
    {
      id: 'involvement_dialogue.workplace_meetings',
      type: 'yes_partly_no',
      text: {
        sv: 'Har vi regelbundna arbetsplatsträffar där alla kommer till tals?',
        en: 'Do we hold regular workplace meetings where everyone gets a say?',
      },
      help: {
        sv: 'Till exempel APT eller tavelmöten. Ja om de blir av som planerat och är mer än att chefen informerar.',
        en: 'For example team meetings or board meetings. Yes if they happen as planned and are more than the manager passing on news.',
      },
    },
    {
      id: 'involvement_dialogue.say_in_changes',
      type: 'yes_partly_no',
      text: {
        sv: 'Får medarbetarna vara med och påverka när något ändras i deras arbete?',
        en: 'Do employees get a say when something changes in their work?',
      },
      help: {
        sv: 'Till exempel nya maskiner, ny layout eller nya scheman. Ja om de som berörs tillfrågas innan beslutet fattas.',
        en: 'For example new machines, a new layout or new rosters. Yes if the people affected are asked before the decision is made.',
      },
    },
    {
      id: 'involvement_dialogue.respectful_tone',
      type: 'yes_partly_no',
      text: {
        sv: 'Behandlar vi varandra med respekt, även när det är stressigt?',
        en: 'Do we treat each other with respect, even under pressure?',
      },
      help: {
        sv: 'Tänk på tonen mellan skift, avdelningar och chefer. Delvis om det fungerar för det mesta men en hård jargong ibland får passera.',
        en: 'Think of the tone between shifts, departments and managers. Partly if it works most of the time but rough talk is sometimes let pass.',
      },
    },
    {
      id: 'involvement_dialogue.employee_survey',
      type: 'yes_no',
      text: {
        sv: 'Frågar vi regelbundet medarbetarna hur de har det på jobbet, och gör något av svaren?',
        en: 'Do we regularly ask employees how things are at work, and act on the answers?',
      },
      help: {
        sv: 'Till exempel en medarbetarenkät eller korta pulsmätningar. Ja bara om resultatet återkopplas och leder till åtgärder.',
        en: 'For example an employee survey or short pulse checks. Yes only if the results are shared and lead to actions.',
      },
    },
  ],
};
