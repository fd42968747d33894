/**
 * Questions in Russian (Kazakhstan, Uzbekistan), Greek (Greece) and Latvian
 * (Latvia) about those countries' strategies, typed as a native analyst
 * types them: Greek without its accents, Latvian without its diacritics, the
 * odd typo. Each carries a verbatim slice of the passage that answers; the
 * `none` ones are answered by nothing.
 */
import { aboutIn, type CorpusQuestionInput, noneIn } from './schema.ts';

export const RUSSIAN: readonly CorpusQuestionInput[] = [
  aboutIn('ru', 'direct', 'kazakhstan', 'Какова цель Концепции кибербезопасности Казахстана?', 'Целью Концепции является поддержание высоко адаптивной и интегрированной системы управления кибербезопасностью'),
  aboutIn('ru', 'direct', 'kazakhstan', 'как Казахстан будет бороться с киберпреступностью', 'обеспечение условий для эффективной борьбы с киберпреступностью путем усиления личного состава'),
  aboutIn('ru', 'direct', 'kazakhstan', 'государственно-частное партнерство и реестры в Казахстане', 'через стимулирование государственно-частного партнерства, создание Реестров'),
  aboutIn('ru', 'paraphrase', 'kazakhstan', 'Какую роль Казахстан хочет играть в международной информационной безопасности?', 'укрепить позицию Казахстана как сильного партнера, нацеленного на открытость'),
  aboutIn('ru', 'paraphrase', 'uzbekistan', 'На чем основаны технические меры защиты информации в Узбекистане?', 'Технические меры основаны на применении специальных технических средств защиты информации'),
  aboutIn('ru', 'direct', 'uzbekistan', 'за кем остается ответственность за управление информационной безопасностью', 'но ответственность должна оставаться за назначенным владельцем актива'),
  aboutIn('ru', 'typo', 'uzbekistan', 'соглашения о соблюдении конфеденциальности', 'Соглашения о соблюдении конфиденциальности должны отвечать требованиям по защите конфиденциальной информации'),
  noneIn('ru', 'Что говорит Казахстан о TikTok?', 'tiktok'),
  noneIn('ru', 'Какие правила для электросамокатов в Узбекистане?', 'самокат'),
  noneIn('ru', 'Как приготовить борщ?', 'борщ'),
  noneIn('ru', 'Сколько медалей Казахстан выиграл на Олимпиаде?', 'олимпиад', 'медал'),
];

export const GREEK: readonly CorpusQuestionInput[] = [
  aboutIn('el', 'direct', 'greece', 'Από τι αποτελείται η Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος;', 'αποτελείται από πέντε τμήματα που συμπληρώνουν όλο το φάσμα προστασίας του χρήστη'),
  aboutIn('el', 'direct', 'greece', 'Πότε ενεργοποιείται το Εθνικό Σχέδιο Έκτακτης Ανάγκης;', 'Το Εθνικό Σχέδιο Έκτακτης Ανάγκης ενεργοποιείται για απόκριση σε συμβάντα'),
  aboutIn('el', 'acronym', 'greece', 'Ποιος είναι ο σκοπός του SOC;', 'Σκοπός του Κέντρου αποτελεί η διαρκής παρακολούθηση των κρίσιμων υποδομών Φορέων'),
  aboutIn('el', 'direct', 'greece', 'Industrial Internet of Things και συστηματα SCADA', 'θα συλλέξει στοιχεία που απεικονίζουν το βαθμό ενσωμάτωσης τεχνολογιών Industrial Internet of Things'),
  aboutIn('el', 'direct', 'greece', 'εθνικο προγραμμα ευαισθητοποιησης για την κυβερνοασφαλεια', 'Εκπόνηση του Εθνικού Προγράμματος Ευαισθητοποίησης για την Κυβερνοασφάλεια'),
  aboutIn('el', 'direct', 'greece', 'Ποιοι είναι οι βασικοί παράγοντες απειλών;', 'Οι βασικοί παράγοντες απειλών (threat agents) συνοψίζονται στις κάτωθι κατηγορίες'),
  aboutIn('el', 'typo', 'greece', 'δικτυο συνεργασιας για την καταπολεμηση του κυβερνοεγκληματος', 'Ανάπτυξη δικτύου ενισχυμένης συνεργασίας για την καταπολέμηση του κυβερνοεγκλήματος'),
  noneIn('el', 'Τι λέει η Ελλάδα για το TikTok;', 'tiktok'),
  noneIn('el', 'Ποια είναι η συνταγή για μουσακά;', 'μουσακ'),
  noneIn('el', 'Πόσα μετάλλια κέρδισε η Ελλάδα στους Ολυμπιακούς Αγώνες;', 'μετάλλι', 'ολυμπιακ'),
  noneIn('el', 'Τι ισχύει για τα ηλεκτρικά πατίνια;', 'πατίνι'),
];

export const LATVIAN: readonly CorpusQuestionInput[] = [
  aboutIn('lv', 'direct', 'latvia', 'Vai Latvijā ir akadēmiskās studiju programmas kiberdrošībā?', 'Latvijā šobrīd nav akadēmisko studiju programmas un zinātniskās darbības kiberdrošības jomā'),
  aboutIn('lv', 'acronym', 'latvia', 'Kādās starptautiskajās organizācijās piedalās Latvija, piemēram NATO?', 'Latvija piedalās starptautiskajos procesos, tai skaitā NATO, ES, EDSO un ANO darbā'),
  aboutIn('lv', 'direct', 'latvia', 'ko dara nacionalas kiberdrosibas politikas koordinacijas nodala', 'politikas koordinācijas nodaļa organizē un sniedz atbalstu kiberdrošības politikas īstenošanai'),
  aboutIn('lv', 'acronym', 'latvia', 'NBS Kiberaizsardzības vienības reaģēšanas spējas', 'Attīstīt NBS un Kiberaizsardzības vienības reaģēšanas spējas krīzes situācijā'),
  aboutIn('lv', 'direct', 'latvia', 'informācijas drošības pārvaldība privātajā sektorā', 'Privātajā sektorā informācijas drošības pārvaldība balstās uz komercdarbības ilgtspēju'),
  aboutIn('lv', 'direct', 'latvia', 'Eiropas kritiskās infrastruktūras apzināšana', 'Kritiskās infrastruktūras, tajā skaitā Eiropas kritiskās infrastruktūras'),
  aboutIn('lv', 'typo', 'latvia', 'izpratne par kibertelpas drosibas pamatprincipiem', 'ir jābūt izpratnei par kibertelpas darbības un drošības pamatprincipiem'),
  noneIn('lv', 'Ko Latvija saka par TikTok?', 'tiktok'),
  noneIn('lv', 'Kā pagatavot sklandraušus?', 'sklandrau'),
  noneIn('lv', 'Kādi noteikumi ir elektriskajiem skrejriteņiem?', 'skrejrite'),
  noneIn('lv', 'Cik medaļas Latvija ieguva olimpiskajās spēlēs?', 'medaļ', 'olimpisk'),
];
