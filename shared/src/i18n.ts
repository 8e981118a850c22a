import type { Dimension, Language, SuggestionStatus } from './domain.js';
import { DEFAULT_LANGUAGE, isLanguage, LIMITS, MAX_ACTIVE_GOALS } from './domain.js';
import { ERROR_CODES, type ErrorCode } from './errors.js';
import type { AnnouncementMessageKey } from './i18n-announcements.js';
import type { MeetingMessageKey } from './i18n-meeting.js';
import type { FollowUpMessageKey } from './i18n-follow-up.js';
import type { AnalyticsMessageKey } from './i18n-analytics.js';
import type { MethodMessageKey } from './i18n-method.js';
import type { WallSettingsMessageKey } from './i18n-wall-settings.js';
import type { WorkshopMessageKey } from './i18n-workshop.js';
import type { WallMessageKey } from './i18n-wall.js';
import type { ReportMessageKey } from './i18n-report.js';
import type { ExportMessageKey } from './i18n-export.js';
import type { WallFollowUpMessageKey } from './i18n-wall-follow-up.js';
import type { PosterMessageKey } from './i18n-poster.js';
import type { AccountMessageKey } from './i18n-accounts.js';
import type { GoalPageMessageKey } from './i18n-goal-pages.js';
import type { SiteMessageKey } from './i18n-site.js';
import type { TriageMessageKey } from './i18n-triage.js';
import type { BoardSettingsMessageKey } from './i18n-board-settings.js';
import type { PeopleMessageKey } from './i18n-people.js';
import type { OwnSuggestionMessageKey } from './i18n-own-suggestions.js';

/**
 * UI strings in Swedish and English. The Swedish table is the reference: the English one must
 * have exactly the same keys (the type enforces it). `{name}` placeholders are filled by `t()`.
 */
const sv = {
  'app.title': 'Hållbarhetstavla',
  'lead.wall': 'Väggskärmen',
  // --- announcements on the board page (issue 12; the rest is in i18n-announcements.ts) ---
  'announce.kind.goal': 'Mål',
  'announce.kind.routine': 'Rutin',
  'announce.kind.information': 'Information',
  'announce.changed': 'Ändrad',
  'announce.ack': 'Jag har läst och förstått',
  'announce.more': '{count} till att läsa',
  'announce.link': 'Rutiner och meddelanden',
  // --- the board page's live workshop card (the rest is in i18n-workshop.ts) ---
  'liveWorkshop.title': 'Workshop',
  'liveWorkshop.now': 'Workshop pågår',
  'liveWorkshop.position': '{index} av {count}',
  'liveWorkshop.join': 'Var med',
  'liveWorkshop.remote': 'Fjärrkontrollen',
  // --- method errors ---
  'error.round_open': 'En analysomgång pågår redan. Avsluta den innan du startar en ny.',
  'error.round_finished': 'Analysomgången är avslutad, så svaren kan inte ändras längre.',
  'error.round_empty': 'Inga frågor är besvarade ännu. Svara på några innan du avslutar omgången.',
  'error.question_retired':
    'Den frågan används inte längre. Ladda om för att se de aktuella frågorna.',
  'error.vote_open': 'En intresseomröstning pågår redan. Stäng den innan du öppnar en ny.',
  'error.vote_closed': 'Omröstningen är stängd, så prickarna kan inte flyttas längre.',
  'error.too_many_dots': 'Du har 5 prickar. Ta bort en innan du sätter ut en ny.',
  'error.too_many_dots_on_one': 'Högst 3 prickar på samma område.',
  'error.workshop_live': 'En workshop pågår redan på tavlan. Avsluta den innan du startar en ny.',
  'error.workshop_not_live': 'Ingen workshop pågår just nu.',
  'error.activity_not_current': 'Workshoppen har gått vidare. Svara på det som visas nu.',
  'error.activity_closed': 'Ledaren har stängt frågan, så den tar inte emot fler svar.',
  'error.too_many_words': 'Du har redan skickat 3 ord.',
  'error.too_many_upvotes': 'Du har redan gett 3 röster. Ta tillbaka en för att rösta på en annan.',
  'error.template_built_in': 'Den inbyggda mallen kan inte ändras. Gör en kopia och ändra den.',
  'error.idea_already_suggestion': 'Idén är redan ett förslag på tavlan.',
  'error.announcement_retired': 'Meddelandet gäller inte längre.',
  'error.announcement_changed': 'Meddelandet har ändrats. Läs det nya innan du kvitterar.',
  'error.wall_cycle_repeat': 'Varje vy kan bara vara med en gång.',
  'error.meeting_not_live': 'Tavelmötet är redan avslutat.',
  'error.follow_up_live': 'En uppföljning pågår redan. Avsluta den först.',
  'error.follow_up_not_live': 'Uppföljningen är avslutad.',
  'error.follow_up_wrong_step': 'Uppföljningen är inte vid det steget just nu.',
  'error.follow_up_step_moved': 'Uppföljningen har redan gått vidare. Sidan visar nu var den är.',
  'error.too_many_notes': 'Du har redan skrivit 6 lappar i den här uppföljningen.',
  'error.too_many_votes': 'Du har redan gett 3 röster. Ta tillbaka en för att rösta på en annan.',
  'error.too_many_actions': 'En uppföljning kan besluta högst 3 nya åtgärder.',
  'status.new': 'Ny',
  'status.under_review': 'Granskas',
  'status.planned': 'Planerad',
  'status.in_progress': 'Pågår',
  'status.done': 'Klar',
  'status.not_doing': 'Blir inte av',
  'status.duplicate': 'Dubblett',
  'dimension.ecological': 'Ekologisk',
  'dimension.economic': 'Ekonomisk',
  'dimension.social': 'Social',
  'connection.live': 'Live',
  'connection.connecting': 'Ansluter …',
  'connection.offline': 'Offline',
  'connection.offlineSince': 'Offline sedan {time}',
  'goal.status.on_track': 'I fas',
  'goal.status.at_risk': 'Risk',
  'goal.status.off_track': 'Efter plan',
  'goal.daysLeft': '{days} dagar kvar',
  'goal.overdue': '{days} dagar över tiden',
  'goal.latestOfTarget': '{latest} av mål {target} {unit}',
  'goal.noMeasurement': 'Inget mätvärde än · mål {target} {unit}',
  'goal.suggestions': '{linked} förslag, {done} klara',
  'goals.link': 'Mål',
  'goals.state.draft': 'Utkast',
  'goals.state.active': 'Aktivt',
  'goals.state.achieved': 'Uppnått',
  'goals.state.archived': 'Arkiverat',
  'goals.date': 'Datum',
  'goals.field.title': 'Mål (kort och tydligt)',
  'goals.field.description': 'Varför är det viktigt?',
  'goals.field.dimension': 'Del av hållbarheten',
  'goals.field.focusArea': 'Fokusområde (valfritt)',
  'goals.field.metric': 'Vad mäts?',
  'goals.field.unit': 'Enhet',
  'goals.field.baselineValue': 'Utgångsvärde',
  'goals.field.baselineDate': 'Utgångsdatum',
  'goals.field.targetValue': 'Målvärde',
  'goals.field.direction': 'Riktning',
  'goals.field.deadline': 'Klart senast',
  'goals.field.responsible': 'Ansvarig',
  'goals.field.achievable': 'Vi bedömer att målet går att nå',
  'goals.field.achievableNote': 'Hur? (valfritt)',
  'phone.form.goal': 'Vilket mål hjälper förslaget? (valfritt)',
  'phone.form.noGoal': 'Inget särskilt mål',
  'phone.notice.statusChanged': 'Ditt förslag ”{text}” är nu: {status}',
  'phone.notice.dismiss': 'Stäng',
  'phone.detail.back': '← Tillbaka till tavlan',
  'phone.detail.history': 'Vad har hänt',
  'phone.detail.posted': 'Lämnades in',
  'phone.detail.reason': 'Skäl: {note}',
  'phone.detail.duplicateOf': 'Samma som ett tidigare förslag',
  'phone.detail.hiddenEvent': 'Dolt',
  'phone.detail.by': 'av {name}',
  'phone.detail.missing': 'Förslaget finns inte (längre).',
  'lead.status.status': 'Ny status',
  'lead.status.duplicateOf': 'Dubblett av',
  'lead.hide.reason': 'Skäl (loggas)',
  'phone.form.title': 'Nytt förslag',
  'phone.form.text': 'Ditt förslag',
  'phone.form.textPlaceholder': 'Vad kan vi göra bättre för miljön, ekonomin eller arbetsmiljön?',
  'phone.form.textHint': '{min}–{max} tecken',
  'phone.form.dimension': 'Vilken del av hållbarheten?',
  'phone.form.name': 'Ditt namn (valfritt)',
  'phone.form.submit': 'Skicka förslag',
  'phone.form.photo': 'Lägg till ett foto (valfritt)',
  'phone.form.photoRemove': 'Ta bort fotot',
  'phone.form.photoPreview': 'Fotot som skickas med',
  'phone.form.photoFailed': 'Förslaget är skickat, men fotot kom inte fram.',
  'phone.form.photoRetry': 'Skicka fotot igen',
  'phone.form.sending': 'Skickar …',
  'phone.form.sent': 'Tack! Ditt förslag finns nu på tavlan.',
  'phone.form.queued': 'Sparat på telefonen. Det skickas så fort det finns nät.',
  'phone.list.waiting': 'Väntar på att skickas',
  'phone.list.photoWaiting': 'Fotot väntar på att skickas',
  'phone.form.errorTooShort': 'Skriv minst {min} tecken.',
  'phone.form.errorDimension': 'Välj ekologisk, ekonomisk eller social.',
  'phone.form.errorOffline': 'Ingen kontakt med tavlan just nu. Försök igen om en stund.',
  'phone.form.errorNotJoined': 'Telefonen är inte ansluten till tavlan. Skanna QR-koden igen.',
  'phone.form.errorInvalid': 'Förslaget kunde inte tas emot. Kontrollera texten och försök igen.',
  'phone.form.errorServer': 'Något gick fel på servern. Försök igen om en stund.',
  'phone.list.title': 'Förslag på tavlan',
  'phone.list.empty': 'Inga förslag ännu. Bli först!',
  'phone.list.anonymous': 'Anonym',
  'phone.list.mine': 'Ditt',
  'phone.list.all': 'Alla förslag',
  'phone.list.onlyMine': 'Mina förslag ({count})',
  'phone.list.noneMine': 'Du har inte lämnat något förslag från den här telefonen än.',
  'phone.vote.metoo': 'Jag med',
  'phone.vote.count': '{count} håller med',
  'phone.comments.title': 'Kommentarer',
  'phone.comments.none': 'Inga kommentarer än.',
  'phone.comments.text': 'Din kommentar',
  'phone.comments.send': 'Skicka kommentar',
  'phone.comments.lead': 'Teamledare',
  'phone.comments.hide': 'Dölj',
  'phone.comments.showEarlier': 'Visa tidigare kommentarer',
  'phone.comments.loadingEarlier': 'Hämtar tidigare kommentarer …',
  'phone.noBoard.title': 'Skanna tavlans QR-kod',
  'phone.noBoard.body':
    'Du kommer in genom att skanna QR-koden på hållbarhetstavlan med mobilkameran.',
  'phone.boardMissing':
    'Den här tavlan finns inte, eller så har du inte gått med i den. Skanna QR-koden igen.',
  'phone.loading': 'Hämtar …',
  'auth.signInLink': 'Teamledare? Logga in',
  'auth.username': 'Användarnamn',
  'auth.password': 'Lösenord',
  'auth.setupCode': 'Engångskod',
  'lead.title': 'Teamledare',
  'admin.boardName': 'Tavlans namn',
  'admin.language': 'Språk på tavlan',
  'admin.leadName': 'Namn',
  'admin.leadBoards': 'Tavlor som teamledaren ansvarar för',
  'admin.saved': 'Sparat.',
  'error.validation_failed': 'Något i det du skickade stämmer inte. Kontrollera och försök igen.',
  'error.validation_failed.field': 'Kontrollera fältet ”{field}” och försök igen.',
  'error.validation_failed.fieldRule': 'Kontrollera fältet ”{field}”: {rule}',
  'error.invalid_json': 'Det som skickades gick inte att läsa. Försök igen.',
  'error.unsupported_media_type': 'Den sortens fil tas inte emot. Välj en bild.',
  'error.payload_too_large':
    'Det är för stort för att skickas. Välj en mindre bild eller kortare text.',
  'error.unauthorized': 'Du behöver logga in eller skanna QR-koden på tavlan igen.',
  'error.forbidden': 'Du får inte göra det här på den här tavlan.',
  'error.not_found': 'Det finns inte (längre).',
  'error.conflict': 'Det krockar med något som redan finns. Ladda om och försök igen.',
  'error.rate_limited': 'För många försök på kort tid. Vänta en stund och försök igen.',
  'error.rate_limited.wait': 'För många försök på kort tid. Försök igen om {minutes} min.',
  'error.busy': 'Servern är upptagen just nu. Försök igen om en liten stund.',
  'error.disk_full': 'Serverns disk är full, så inget sparades. Säg till den som sköter servern.',
  'error.host_not_allowed': 'Den här adressen gäller inte för tavlan. Skanna QR-koden igen.',
  'error.link_replaced': 'Den här länken har bytts ut. Skanna QR-koden som sitter på tavlan nu.',
  'error.request_timeout': 'Det tog för lång tid att skicka. Försök igen när nätet är bättre.',
  'error.internal': 'Något gick fel på servern. Försök igen om en stund.',
  'error.offline': 'Ingen kontakt med servern just nu. Försök igen om en stund.',
  'error.goal_target_equals_baseline':
    'Målvärdet är detsamma som utgångsvärdet, så det finns inget att nå. Ändra ett av dem.',
  'error.goal_target_against_direction':
    'Målvärdet går åt fel håll: för Minska ska det vara lägre än utgångsvärdet, för Öka högre.',
  'error.goal_deadline_not_in_future': '”Klart senast” måste vara ett datum efter i dag.',
  'error.goal_deadline_before_baseline': '”Klart senast” måste komma efter utgångsdatumet.',
  'error.goal_not_measurable_time_bound':
    'Målet måste vara Mätbart och Tidsatt för att sitta på tavlan: fyll i vad som mäts, enhet, utgångsvärde och utgångsdatum, målvärde och ”Klart senast”.',
  'error.goal_limit_reached':
    'Tavlan har redan {maxActiveGoals} aktiva mål, och fler får inte plats. Markera ett som uppnått eller arkivera ett först.',
  'error.goal_archived': 'Målet är arkiverat. Gör det till ett utkast först.',
  'error.goal_state_unchanged': 'Målet har redan det läget. Någon hann före, ladda om sidan.',
  'error.goal_not_linkable': 'Det målet är inte aktivt längre. Välj ett av tavlans aktiva mål.',
  'error.measurement_in_future':
    'Mätvärdets datum ligger i framtiden. Välj i dag eller en tidigare dag.',
  'error.measurement_before_baseline': 'Mätvärdets datum ligger före målets utgångsdatum.',
  'error.suggestion_status_unchanged':
    'Förslaget har redan den statusen. Någon hann före, ladda om sidan.',
  'error.reason_required': 'Skriv ett skäl på minst {reasonMin} tecken.',
  'error.duplicate_of_required': 'Välj vilket förslag det här är en dubblett av.',
  'error.duplicate_of_self': 'Ett förslag kan inte vara en dubblett av sig självt.',
  'error.duplicate_of_duplicate':
    'Det förslaget är självt en dubblett. Välj det ursprungliga förslaget.',
  'error.own_suggestion_vote': 'Det här är ditt eget förslag. ”Jag med” är till för de andra.',
  'error.username_taken': 'Användarnamnet är upptaget. Välj ett annat.',
  'error.wrong_credentials': 'Fel användarnamn eller lösenord.',
  'error.setup_code_wrong': 'Engångskoden stämmer inte.',
  'error.setup_done': 'Administratören finns redan. Logga in i stället.',
  'error.admin_password_not_yours':
    'En administratör byter sitt lösenord själv. Du kan byta lösenord åt teamledare.',
  'error.board_archived':
    'Tavlan är arkiverad och kan bara läsas. En administratör kan återställa den.',
  'error.author_name_not_allowed': 'Förslag på den här tavlan är anonyma. Ta bort namnet.',
  'error.author_name_required': 'Den här tavlan vill att du skriver ditt namn.',
  'error.account_disabled': 'Kontot är avstängt. Fråga en administratör.',
  'error.disable_self': 'Du kan inte stänga av ditt eget konto.',
  'error.last_admin': 'Minst en administratör måste finnas kvar.',
  'error.not_a_lead': 'En administratör har redan alla tavlor.',
  'rule.username':
    'det ska ha {usernameMin}–{usernameMax} tecken och får bara innehålla bokstäverna a–z, siffror och . _ @ -',
  'rule.password': 'det ska ha minst {passwordMin} tecken.',
  'rule.reason': 'skriv minst {reasonMin} tecken.',
  'field.text': 'Text',
  'field.note': 'Kommentar',
  'field.value': 'Värde',
  'field.required': 'Fyll i det här fältet.',
  'field.number.invalid': 'Skriv ett tal, till exempel 11 800 eller 4,5.',
  'field.number.tooLarge': 'Talet är orimligt stort. Kontrollera det.',
  // --- accounts (issue 10) ---

  // --- network and limits (issue 10) ---

  // limits and paging
  'phone.list.showMore': 'Visa fler',
  'phone.list.loadingMore': 'Hämtar fler …',
  'phone.outbox.rateLimited':
    'Du har skickat mycket på kort tid. Det som väntar skickas av sig självt om {seconds} s.',
  // --- data and operations (issue 10) ---

  // --- content and keys (issue 10) ---

  // --- phone photo (issue 10) ---
  'phone.form.photoPreparing': 'Förbereder fotot …',
  'phone.form.photoUnreadable': 'Fotot gick inte att läsa. Ta bort det eller välj en annan bild.',
  // --- method (the rest is in i18n-method.ts) ---
  'roadmap.title': 'Färdplan',
  'vote.title': 'Intresseomröstning',
  'vote.banner': 'Intresseomröstning: placera dina 5 prickar',
  // --- board settings (issue 14; the settings page's own are in i18n-board-settings.ts) ---
  'phone.form.nameRequired': 'Ditt namn',
  'phone.archived': 'Tavlan är arkiverad. Du kan läsa den men inte lägga till något.',
  'lead.boardSettings': 'Inställningar',
  // --- an employee's own suggestions (issue 14; the rest is in i18n-own-suggestions.ts) ---
  'error.suggestion_not_new':
    'En teamledare har redan börjat med förslaget, så det kan inte ändras längre.',
  'error.suggestion_withdrawn': 'Du har tagit tillbaka det här förslaget.',
  'phone.form.photoNotImage': 'Filen är inte en bild. Välj ett foto.',
};

/** A key of the core table (every screen downloads it). */
type CoreMessageKey = keyof typeof sv;
/**
 * Any string key: the core table's, or one of a table registered on use (the method's in
 * i18n-method.ts, the wall settings' in i18n-wall-settings.ts, the announcements' in
 * i18n-announcements.ts, the workshop's in i18n-workshop.ts, the wall's in i18n-wall.ts, the
 * board meeting's in i18n-meeting.ts, the follow-up's in i18n-follow-up.ts, the analytics' in
 * i18n-analytics.ts, the report's in i18n-report.ts, the export's in i18n-export.ts).
 */
export type MessageKey =
  | CoreMessageKey
  | MethodMessageKey
  | WallSettingsMessageKey
  | AnnouncementMessageKey
  | WorkshopMessageKey
  | WallMessageKey
  | MeetingMessageKey
  | FollowUpMessageKey
  | AnalyticsMessageKey
  | ReportMessageKey
  | ExportMessageKey
  | WallFollowUpMessageKey
  | PosterMessageKey
  | SiteMessageKey
  | TriageMessageKey
  | BoardSettingsMessageKey
  | PeopleMessageKey
  | OwnSuggestionMessageKey
  | AccountMessageKey
  | GoalPageMessageKey;

const en: Record<CoreMessageKey, string> = {
  'app.title': 'Sustainability board',
  'lead.wall': 'The wall',
  // --- announcements on the board page (issue 12; the rest is in i18n-announcements.ts) ---
  'announce.kind.goal': 'Goal',
  'announce.kind.routine': 'Routine',
  'announce.kind.information': 'Information',
  'announce.changed': 'Changed',
  'announce.ack': 'I have read and understood',
  'announce.more': '{count} more to read',
  'announce.link': 'Routines and announcements',
  // --- the board page's live workshop card (the rest is in i18n-workshop.ts) ---
  'liveWorkshop.title': 'Workshop',
  'liveWorkshop.now': 'Workshop running',
  'liveWorkshop.position': '{index} of {count}',
  'liveWorkshop.join': 'Join in',
  'liveWorkshop.remote': 'The remote',
  // --- method errors ---
  'error.round_open': 'An analysis round is already open. Finish it before starting a new one.',
  'error.round_finished': 'This analysis round is finished, so its answers can no longer change.',
  'error.round_empty': 'No questions are answered yet. Answer some before finishing the round.',
  'error.question_retired': 'That question is no longer used. Reload to see the current questions.',
  'error.vote_open': 'An interest vote is already open. Close it before opening a new one.',
  'error.vote_closed': 'The vote is closed, so the dots can no longer be moved.',
  'error.too_many_dots': 'You have 5 dots. Take one away before placing another.',
  'error.too_many_dots_on_one': 'At most 3 dots on one area.',
  'error.workshop_live':
    'A workshop is already running on this board. End it before starting another.',
  'error.workshop_not_live': 'No workshop is running right now.',
  'error.activity_not_current': 'The workshop has moved on. Answer what is shown now.',
  'error.activity_closed': 'The lead has closed this question, so it takes no more answers.',
  'error.too_many_words': 'You have already sent 3 words.',
  'error.too_many_upvotes': 'You have already given 3 votes. Take one back to vote for another.',
  'error.template_built_in': 'The built-in template cannot be changed. Make a copy and edit that.',
  'error.idea_already_suggestion': 'The idea is already a suggestion on the board.',
  'error.announcement_retired': 'This announcement no longer applies.',
  'error.announcement_changed':
    'The announcement has changed. Read the new one before you acknowledge.',
  'error.wall_cycle_repeat': 'Each view can be in the cycle only once.',
  'error.meeting_not_live': 'The board meeting has already ended.',
  'error.follow_up_live': 'A follow-up is already running. Finish it first.',
  'error.follow_up_not_live': 'The follow-up has ended.',
  'error.follow_up_wrong_step': 'The follow-up is not at that step now.',
  'error.follow_up_step_moved':
    'The follow-up has already moved on. The page now shows where it is.',
  'error.too_many_notes': 'You have already written 6 notes in this follow-up.',
  'error.too_many_votes': 'You have already given 3 votes. Take one back to vote for another.',
  'error.too_many_actions': 'A follow-up can decide at most 3 new actions.',
  'status.new': 'New',
  'status.under_review': 'Under review',
  'status.planned': 'Planned',
  'status.in_progress': 'In progress',
  'status.done': 'Done',
  'status.not_doing': 'Not doing',
  'status.duplicate': 'Duplicate',
  'dimension.ecological': 'Ecological',
  'dimension.economic': 'Economic',
  'dimension.social': 'Social',
  'connection.live': 'Live',
  'connection.connecting': 'Connecting …',
  'connection.offline': 'Offline',
  'connection.offlineSince': 'Offline since {time}',
  'goal.status.on_track': 'On track',
  'goal.status.at_risk': 'At risk',
  'goal.status.off_track': 'Off track',
  'goal.daysLeft': '{days} days left',
  'goal.overdue': '{days} days overdue',
  'goal.latestOfTarget': '{latest} of target {target} {unit}',
  'goal.noMeasurement': 'No measurement yet · target {target} {unit}',
  'goal.suggestions': '{linked} suggestions, {done} done',
  'goals.link': 'Goals',
  'goals.state.draft': 'Draft',
  'goals.state.active': 'Active',
  'goals.state.achieved': 'Achieved',
  'goals.state.archived': 'Archived',
  'goals.date': 'Date',
  'goals.field.title': 'Goal (short and clear)',
  'goals.field.description': 'Why does it matter?',
  'goals.field.dimension': 'Part of sustainability',
  'goals.field.focusArea': 'Focus area (optional)',
  'goals.field.metric': 'What is measured?',
  'goals.field.unit': 'Unit',
  'goals.field.baselineValue': 'Baseline value',
  'goals.field.baselineDate': 'Baseline date',
  'goals.field.targetValue': 'Target value',
  'goals.field.direction': 'Direction',
  'goals.field.deadline': 'Done by',
  'goals.field.responsible': 'Responsible',
  'goals.field.achievable': 'We judge that the goal can be reached',
  'goals.field.achievableNote': 'How? (optional)',
  'phone.form.goal': 'Which goal does it help? (optional)',
  'phone.form.noGoal': 'No particular goal',
  'phone.notice.statusChanged': 'Your suggestion “{text}” is now: {status}',
  'phone.notice.dismiss': 'Close',
  'phone.detail.back': '← Back to the board',
  'phone.detail.history': 'What has happened',
  'phone.detail.posted': 'Posted',
  'phone.detail.reason': 'Reason: {note}',
  'phone.detail.duplicateOf': 'Same as an earlier suggestion',
  'phone.detail.hiddenEvent': 'Hidden',
  'phone.detail.by': 'by {name}',
  'phone.detail.missing': 'This suggestion does not exist (any more).',
  'lead.status.status': 'New status',
  'lead.status.duplicateOf': 'Duplicate of',
  'lead.hide.reason': 'Reason (logged)',
  'phone.form.title': 'New suggestion',
  'phone.form.text': 'Your suggestion',
  'phone.form.textPlaceholder':
    'What could we do better for the environment, the economy or the workplace?',
  'phone.form.textHint': '{min}–{max} characters',
  'phone.form.dimension': 'Which part of sustainability?',
  'phone.form.name': 'Your name (optional)',
  'phone.form.submit': 'Send suggestion',
  'phone.form.photo': 'Add a photo (optional)',
  'phone.form.photoRemove': 'Remove the photo',
  'phone.form.photoPreview': 'The photo that goes with it',
  'phone.form.photoFailed': 'The suggestion is sent, but the photo did not arrive.',
  'phone.form.photoRetry': 'Send the photo again',
  'phone.form.sending': 'Sending …',
  'phone.form.sent': 'Thank you! Your suggestion is on the board now.',
  'phone.form.queued': 'Saved on the phone. It will be sent as soon as there is a connection.',
  'phone.list.waiting': 'Waiting to send',
  'phone.list.photoWaiting': 'Photo waiting to send',
  'phone.form.errorTooShort': 'Write at least {min} characters.',
  'phone.form.errorDimension': 'Choose ecological, economic or social.',
  'phone.form.errorOffline': 'No contact with the board right now. Try again in a moment.',
  'phone.form.errorNotJoined': 'This phone has not joined the board. Scan the QR code again.',
  'phone.form.errorInvalid': 'The suggestion was not accepted. Check the text and try again.',
  'phone.form.errorServer': 'Something went wrong on the server. Try again in a moment.',
  'phone.list.title': 'Suggestions on the board',
  'phone.list.empty': 'No suggestions yet. Be the first!',
  'phone.list.anonymous': 'Anonymous',
  'phone.list.mine': 'Yours',
  'phone.list.all': 'All suggestions',
  'phone.list.onlyMine': 'My suggestions ({count})',
  'phone.list.noneMine': 'You have not posted a suggestion from this phone yet.',
  'phone.vote.metoo': 'Me too',
  'phone.vote.count': '{count} agree',
  'phone.comments.title': 'Comments',
  'phone.comments.none': 'No comments yet.',
  'phone.comments.text': 'Your comment',
  'phone.comments.send': 'Send comment',
  'phone.comments.lead': 'Team lead',
  'phone.comments.hide': 'Hide',
  'phone.comments.showEarlier': 'Show earlier comments',
  'phone.comments.loadingEarlier': 'Loading earlier comments …',
  'phone.noBoard.title': 'Scan the board’s QR code',
  'phone.noBoard.body':
    'You join by scanning the QR code on the sustainability board with your phone camera.',
  'phone.boardMissing':
    'This board does not exist, or you have not joined it. Scan the QR code again.',
  'phone.loading': 'Loading …',
  'auth.signInLink': 'Team lead? Sign in',
  'auth.username': 'Username',
  'auth.password': 'Password',
  'auth.setupCode': 'One-time code',
  'lead.title': 'Team lead',
  'admin.boardName': 'Board name',
  'admin.language': 'Language on the board',
  'admin.leadName': 'Name',
  'admin.leadBoards': 'Boards this lead is responsible for',
  'admin.saved': 'Saved.',
  'error.validation_failed': 'Something in what you sent is not right. Check it and try again.',
  'error.validation_failed.field': 'Check the field “{field}” and try again.',
  'error.validation_failed.fieldRule': 'Check the field “{field}”: {rule}',
  'error.invalid_json': 'What was sent could not be read. Try again.',
  'error.unsupported_media_type': 'That kind of file is not accepted. Choose a picture.',
  'error.payload_too_large':
    'That is too large to send. Choose a smaller picture or a shorter text.',
  'error.unauthorized': 'Sign in, or scan the QR code on the board again.',
  'error.forbidden': 'You may not do this on this board.',
  'error.not_found': 'That does not exist (any more).',
  'error.conflict': 'That clashes with something that already exists. Reload and try again.',
  'error.rate_limited': 'Too many attempts in a short time. Wait a moment and try again.',
  'error.rate_limited.wait': 'Too many attempts in a short time. Try again in {minutes} min.',
  'error.busy': 'The server is busy right now. Try again in a little while.',
  'error.disk_full':
    'The server’s disk is full, so nothing was saved. Tell whoever runs the server.',
  'error.host_not_allowed': 'This address is not valid for the board. Scan the QR code again.',
  'error.link_replaced': 'This link was replaced. Scan the QR code that is on the board now.',
  'error.request_timeout': 'Sending took too long. Try again when the network is better.',
  'error.internal': 'Something went wrong on the server. Try again in a moment.',
  'error.offline': 'No contact with the server right now. Try again in a moment.',
  'error.goal_target_equals_baseline':
    'The target value equals the baseline value, so there is nothing to achieve. Change one of them.',
  'error.goal_target_against_direction':
    'The target value goes the wrong way: for Decrease it must be below the baseline value, for Increase above it.',
  'error.goal_deadline_not_in_future': '“Done by” must be a date after today.',
  'error.goal_deadline_before_baseline': '“Done by” must come after the baseline date.',
  'error.goal_not_measurable_time_bound':
    'The goal must be Measurable and Time-bound to be on the board: fill in what is measured, the unit, the baseline value and date, the target value and “Done by”.',
  'error.goal_limit_reached':
    'The board already has {maxActiveGoals} active goals, the most it takes. Mark one as achieved or archive one first.',
  'error.goal_archived': 'The goal is archived. Make it a draft first.',
  'error.goal_state_unchanged':
    'The goal is in that state already. Someone got there first: reload the page.',
  'error.goal_not_linkable':
    'That goal is no longer active. Choose one of the board’s active goals.',
  'error.measurement_in_future':
    'The measurement’s date is in the future. Choose today or an earlier day.',
  'error.measurement_before_baseline': 'The measurement’s date is before the goal’s baseline date.',
  'error.suggestion_status_unchanged':
    'The suggestion has that status already. Someone got there first: reload the page.',
  'error.reason_required': 'Write a reason of at least {reasonMin} characters.',
  'error.duplicate_of_required': 'Choose which suggestion this one duplicates.',
  'error.duplicate_of_self': 'A suggestion cannot be a duplicate of itself.',
  'error.duplicate_of_duplicate': 'That suggestion is a duplicate itself. Choose the original one.',
  'error.own_suggestion_vote': 'This is your own suggestion. “Me too” is for the others.',
  'error.username_taken': 'That username is taken. Choose another one.',
  'error.wrong_credentials': 'Wrong username or password.',
  'error.setup_code_wrong': 'The one-time code is not right.',
  'error.setup_done': 'The admin exists already. Sign in instead.',
  'error.admin_password_not_yours':
    'Admins change their own passwords. You can change the passwords of team leads.',
  'error.board_archived': 'The board is archived and can only be read. An admin can restore it.',
  'error.author_name_not_allowed': 'Suggestions on this board are anonymous. Remove the name.',
  'error.author_name_required': 'This board asks you to write your name.',
  'error.account_disabled': 'This account is disabled. Ask an admin.',
  'error.disable_self': 'You cannot disable your own account.',
  'error.last_admin': 'At least one admin must remain.',
  'error.not_a_lead': 'An admin has every board already.',
  'rule.username':
    'it takes {usernameMin}–{usernameMax} characters, only the letters a–z, digits and . _ @ -',
  'rule.password': 'it needs at least {passwordMin} characters.',
  'rule.reason': 'write at least {reasonMin} characters.',
  'field.text': 'Text',
  'field.note': 'Note',
  'field.value': 'Value',
  'field.required': 'Fill in this field.',
  'field.number.invalid': 'Write a number, for example 11800 or 4.5.',
  'field.number.tooLarge': 'That number is unreasonably large. Check it.',
  // --- accounts (issue 10) ---

  // --- network and limits (issue 10) ---

  // limits and paging
  'phone.list.showMore': 'Show more',
  'phone.list.loadingMore': 'Loading more …',
  'phone.outbox.rateLimited':
    'You have sent a lot in a short time. What is waiting is sent by itself in {seconds} s.',
  // --- data and operations (issue 10) ---

  // --- content and keys (issue 10) ---

  // --- phone photo (issue 10) ---
  'phone.form.photoPreparing': 'Preparing the photo …',
  'phone.form.photoUnreadable': 'The photo could not be read. Remove it or choose another picture.',
  // --- method (the rest is in i18n-method.ts) ---
  'roadmap.title': 'Roadmap',
  'vote.title': 'Interest vote',
  'vote.banner': 'Interest vote: place your 5 dots',
  // --- board settings (issue 14; the settings page's own are in i18n-board-settings.ts) ---
  'phone.form.nameRequired': 'Your name',
  'phone.archived': 'This board is archived. You can read it but not add to it.',
  'lead.boardSettings': 'Settings',
  // --- an employee's own suggestions (issue 14; the rest is in i18n-own-suggestions.ts) ---
  'error.suggestion_not_new':
    'A team lead has already started on this suggestion, so it can no longer be changed.',
  'error.suggestion_withdrawn': 'You withdrew this suggestion.',
  'phone.form.photoNotImage': 'That file is not a picture. Choose a photo.',
};

export const MESSAGES: Record<Language, Record<CoreMessageKey, string>> = { sv, en };

/** Tables added by `registerMessages` (the method's, when a screen that shows them loads). */
const registered: Record<Language, Partial<Record<string, string>>> = { sv: {}, en: {} };

/** Makes another table's strings available to `t()` (idempotent). */
export function registerMessages(tables: Record<Language, Record<string, string>>): void {
  for (const language of Object.keys(registered) as Language[]) {
    Object.assign(registered[language], tables[language]);
  }
}

export type MessageParams = Record<string, string | number>;

export function t(language: Language, key: MessageKey, params: MessageParams = {}): string {
  // A key of a table nobody registered shows as itself (a test keeps that from happening).
  const template =
    (MESSAGES[language] as Partial<Record<string, string>>)[key] ??
    registered[language][key] ??
    key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * The label a screen shows for each field a request can name, by the field's name in the
 * API. Labels are message keys, so every field is named in both languages; goal fields reuse
 * the goal form's own labels. A form whose label differs (the comment box's `text`) passes
 * its own to `errorMessage`.
 */
const FIELD_LABELS = {
  username: 'auth.username',
  password: 'auth.password',
  displayName: 'admin.leadName',
  code: 'auth.setupCode',
  name: 'admin.boardName',
  language: 'admin.language',
  boardIds: 'admin.leadBoards',
  text: 'field.text',
  authorName: 'phone.form.name',
  dimension: 'goals.field.dimension',
  goalId: 'goals.link',
  status: 'lead.status.status',
  note: 'field.note',
  duplicateOf: 'lead.status.duplicateOf',
  reason: 'lead.hide.reason',
  value: 'field.value',
  date: 'goals.date',
  title: 'goals.field.title',
  description: 'goals.field.description',
  focusArea: 'goals.field.focusArea',
  metric: 'goals.field.metric',
  unit: 'goals.field.unit',
  baselineValue: 'goals.field.baselineValue',
  baselineDate: 'goals.field.baselineDate',
  targetValue: 'goals.field.targetValue',
  direction: 'goals.field.direction',
  deadline: 'goals.field.deadline',
  responsible: 'goals.field.responsible',
  achievableConfirmed: 'goals.field.achievable',
  achievableNote: 'goals.field.achievableNote',
} as const satisfies Record<string, MessageKey>;

/** Fields with rules a person cannot guess: the message says them. */
const FIELD_RULES = {
  username: 'rule.username',
  password: 'rule.password',
  reason: 'rule.reason',
} as const satisfies Record<string, MessageKey>;

/** Numbers that error texts quote, from the same constants the server checks against. */
const ERROR_PARAMS: MessageParams = {
  maxActiveGoals: MAX_ACTIVE_GOALS,
  reasonMin: LIMITS.reasonMin,
  usernameMin: LIMITS.usernameMin,
  usernameMax: LIMITS.usernameMax,
  passwordMin: LIMITS.passwordMin,
};

/** A form's own labels for fields whose general label would not match what it shows. */
export type FieldLabels = Readonly<Partial<Record<string, MessageKey>>>;

const own = <T extends object>(table: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(table, key);

/** The field's name in a path the server gives: "boardIds/0" → "boardIds", "/text" → "text". */
export function fieldName(path: string): string {
  const names = path.split('/').filter((part) => part !== '' && !/^\d+$/.test(part));
  return names.at(-1) ?? '';
}

/** The label of the field at `path`, in `language`; null for a field no screen shows. */
export function fieldLabel(
  language: Language,
  path: string,
  labels: FieldLabels = {},
): string | null {
  const name = fieldName(path);
  const key = own(labels, name)
    ? labels[name]
    : own(FIELD_LABELS, name)
      ? FIELD_LABELS[name]
      : undefined;
  return key === undefined ? null : t(language, key);
}

export function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/**
 * What an API error body (or a failed fetch: `null`) says to the user, in their language.
 * A field at fault is named by its label (never by its path); a field no screen shows gets
 * the general sentence.
 */
export function errorMessage(
  language: Language,
  error: {
    code: string;
    field?: string | undefined;
    retryAfterSeconds?: number | undefined;
  } | null,
  labels: FieldLabels = {},
): string {
  if (!error) return t(language, 'error.offline');
  const code = isErrorCode(error.code) ? error.code : 'internal';
  if (code === 'validation_failed' && error.field) {
    const field = fieldLabel(language, error.field, labels);
    const name = fieldName(error.field);
    if (field !== null && own(FIELD_RULES, name)) {
      const rule = t(language, FIELD_RULES[name], ERROR_PARAMS);
      return t(language, 'error.validation_failed.fieldRule', { field, rule });
    }
    if (field !== null) return t(language, 'error.validation_failed.field', { field });
  }
  if (code === 'rate_limited' && error.retryAfterSeconds && error.retryAfterSeconds > 60) {
    return t(language, 'error.rate_limited.wait', {
      minutes: Math.ceil(error.retryAfterSeconds / 60),
    });
  }
  return t(language, `error.${code}`, ERROR_PARAMS);
}

export function statusLabel(language: Language, status: SuggestionStatus): string {
  return t(language, `status.${status}`);
}

export function dimensionLabel(language: Language, dimension: Dimension): string {
  return t(language, `dimension.${dimension}`);
}

/**
 * The phone follows the browser's language when it is Swedish or English (in the order the
 * user prefers them), and otherwise falls back to the board's language.
 */
export function pickLanguage(
  preferred: readonly string[],
  fallback: Language = DEFAULT_LANGUAGE,
): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return fallback;
}
