/**
 * Cyber-policy terms with their equivalents in the analysed languages: the
 * built-in part of the glossary that crosses languages. A question holding
 * one side of an entry is also searched with every other side, each analysed
 * in its own language (query planning, src/search/plan.ts), so "national
 * CERT" in English reaches "centre national de réponse aux incidents" only
 * through what is written here, never through a translation of the
 * passages: quotes stay the original text. Written by hand (no package
 * carries a policy vocabulary); add an entry as a team meets a term.
 */
import type { Analysis } from './languages.ts';

/** One concept: its written forms per language (any may be missing). */
export type Equivalent = Partial<Readonly<Record<Analysis, readonly string[]>>>;

export const EQUIVALENTS: readonly Equivalent[] = [
  {
    en: ['cybersecurity', 'cyber security'],
    fr: ['cybersécurité'],
    es: ['ciberseguridad'],
    ru: ['кибербезопасность'],
    el: ['κυβερνοασφάλεια'],
    lv: ['kiberdrošība'],
    ja: ['サイバーセキュリティ'],
    zh: ['网络安全'],
  },
  {
    en: ['CERT', 'CSIRT', 'computer emergency response team', 'incident response team'],
    fr: ['CERT', 'CSIRT', 'centre de réponse aux incidents', 'équipe de réponse aux incidents'],
    es: ['CERT', 'CSIRT', 'equipo de respuesta a incidentes'],
    ru: ['CERT', 'CSIRT', 'группа реагирования на компьютерные инциденты'],
    el: ['CERT', 'CSIRT', 'ομάδα απόκρισης σε περιστατικά'],
    lv: ['CERT', 'CSIRT', 'incidentu novēršanas institūcija'],
    ja: ['CSIRT', 'インシデント対応チーム'],
    zh: ['CERT', '应急响应中心'],
  },
  { en: ['cybercrime', 'cyber crime'], fr: ['cybercriminalité'], es: ['ciberdelincuencia', 'cibercrimen', 'ciberdelito'], ru: ['киберпреступность'], el: ['κυβερνοέγκλημα'], lv: ['kibernoziedzība'], ja: ['サイバー犯罪'], zh: ['网络犯罪'] },
  { en: ['cyberattack', 'cyber attack'], fr: ['cyberattaque'], es: ['ciberataque'], ru: ['кибератака'], el: ['κυβερνοεπίθεση'], lv: ['kiberuzbrukums'], ja: ['サイバー攻撃'], zh: ['网络攻击'] },
  { en: ['cyberspace'], fr: ['cyberespace'], es: ['ciberespacio'], ru: ['киберпространство'], el: ['κυβερνοχώρος'], lv: ['kibertelpa'], ja: ['サイバー空間'], zh: ['网络空间'] },
  { en: ['strategy'], fr: ['stratégie'], es: ['estrategia'], ru: ['стратегия'], el: ['στρατηγική'], lv: ['stratēģija'], ja: ['戦略'], zh: ['战略'] },
  { en: ['critical infrastructure'], fr: ['infrastructures critiques', 'infrastructures vitales'], es: ['infraestructuras críticas'], ru: ['критическая инфраструктура'], el: ['κρίσιμες υποδομές'], lv: ['kritiskā infrastruktūra'], ja: ['重要インフラ'], zh: ['关键信息基础设施'] },
  { en: ['incident response', 'incident'], fr: ['réponse aux incidents', 'incident'], es: ['respuesta a incidentes', 'incidente'], ru: ['реагирование на инциденты', 'инцидент'], el: ['απόκριση σε περιστατικά', 'περιστατικό'], lv: ['incidentu novēršana', 'incidents'], ja: ['インシデント対応'], zh: ['事件响应'] },
  { en: ['data protection', 'personal data'], fr: ['protection des données', 'données personnelles', 'données à caractère personnel'], es: ['protección de datos', 'datos personales'], ru: ['защита данных', 'персональные данные'], el: ['προστασία δεδομένων', 'προσωπικά δεδομένα'], lv: ['datu aizsardzība', 'personas dati'], ja: ['個人情報'], zh: ['个人信息'] },
  { en: ['privacy'], fr: ['vie privée'], es: ['privacidad'], ru: ['неприкосновенность частной жизни'], el: ['ιδιωτικότητα'], lv: ['privātums'], ja: ['プライバシー'], zh: ['隐私'] },
  { en: ['capacity building'], fr: ['renforcement des capacités'], es: ['fortalecimiento de capacidades', 'desarrollo de capacidades'], ru: ['наращивание потенциала'], el: ['ανάπτυξη ικανοτήτων'], lv: ['spēju stiprināšana'], ja: ['能力構築'], zh: ['能力建设'] },
  { en: ['awareness'], fr: ['sensibilisation'], es: ['concienciación', 'sensibilización', 'concientización'], ru: ['осведомленность'], el: ['ευαισθητοποίηση'], lv: ['izpratne'], ja: ['啓発'], zh: ['意识'] },
  { en: ['training', 'education'], fr: ['formation', 'éducation'], es: ['formación', 'capacitación', 'educación'], ru: ['обучение', 'образование'], el: ['εκπαίδευση', 'κατάρτιση'], lv: ['izglītība', 'apmācība'], ja: ['人材育成', '教育'], zh: ['培训', '教育'] },
  { en: ['international cooperation', 'cooperation'], fr: ['coopération internationale', 'coopération'], es: ['cooperación internacional', 'cooperación'], ru: ['международное сотрудничество', 'сотрудничество'], el: ['διεθνής συνεργασία', 'συνεργασία'], lv: ['starptautiskā sadarbība', 'sadarbība'], ja: ['国際協力', '協力'], zh: ['国际合作', '合作'] },
  { en: ['public-private partnership'], fr: ['partenariat public-privé'], es: ['alianza público-privada', 'asociación público-privada'], ru: ['государственно-частное партнерство'], el: ['σύμπραξη δημόσιου και ιδιωτικού τομέα'], lv: ['publiskā un privātā partnerība'], ja: ['官民連携'], zh: ['公私合作'] },
  { en: ['risk'], fr: ['risque'], es: ['riesgo'], ru: ['риск'], el: ['κίνδυνος'], lv: ['risks'], ja: ['リスク'], zh: ['风险'] },
  { en: ['threat'], fr: ['menace'], es: ['amenaza'], ru: ['угроза'], el: ['απειλή'], lv: ['apdraudējums', 'draudi'], ja: ['脅威'], zh: ['威胁'] },
  { en: ['resilience'], fr: ['résilience'], es: ['resiliencia'], ru: ['устойчивость'], el: ['ανθεκτικότητα'], lv: ['noturība'], ja: ['レジリエンス'], zh: ['韧性'] },
  { en: ['legislation', 'law'], fr: ['législation', 'loi'], es: ['legislación', 'ley'], ru: ['законодательство', 'закон'], el: ['νομοθεσία', 'νόμος'], lv: ['likumdošana', 'likums'], ja: ['法律', '法'], zh: ['法律'] },
  { en: ['regulation', 'regulatory framework'], fr: ['réglementation', 'cadre réglementaire'], es: ['regulación', 'marco normativo', 'normativa'], ru: ['регулирование', 'нормативная база'], el: ['ρύθμιση', 'κανονιστικό πλαίσιο'], lv: ['regulējums'], ja: ['規制'], zh: ['监管'] },
  { en: ['governance'], fr: ['gouvernance'], es: ['gobernanza'], ru: ['управление'], el: ['διακυβέρνηση'], lv: ['pārvaldība'], ja: ['ガバナンス'], zh: ['治理'] },
  { en: ['information security'], fr: ['sécurité des systèmes d’information', 'sécurité de l’information'], es: ['seguridad de la información'], ru: ['информационная безопасность'], el: ['ασφάλεια πληροφοριών'], lv: ['informācijas drošība'], ja: ['情報セキュリティ'], zh: ['信息安全'] },
  { en: ['electronic communications', 'telecommunications'], fr: ['communications électroniques', 'télécommunications'], es: ['comunicaciones electrónicas', 'telecomunicaciones'], ru: ['электронные коммуникации', 'телекоммуникации'], el: ['ηλεκτρονικές επικοινωνίες', 'τηλεπικοινωνίες'], lv: ['elektroniskie sakari'], ja: ['電気通信'], zh: ['电信'] },
  { en: ['digital economy', 'digital'], fr: ['économie numérique', 'numérique'], es: ['economía digital', 'digital'], ru: ['цифровая экономика', 'цифровой'], el: ['ψηφιακή οικονομία', 'ψηφιακός'], lv: ['digitālā ekonomika', 'digitāls'], ja: ['デジタル'], zh: ['数字经济', '数字'] },
  { en: ['e-government'], fr: ['administration électronique', 'e-gouvernement'], es: ['gobierno electrónico', 'gobierno digital'], ru: ['электронное правительство'], el: ['ηλεκτρονική διακυβέρνηση'], lv: ['e-pārvalde'], ja: ['電子政府'], zh: ['电子政务'] },
  { en: ['child online protection', 'children'], fr: ['protection des enfants en ligne', 'enfants'], es: ['protección de la infancia en línea', 'niños', 'menores'], ru: ['защита детей', 'дети'], el: ['προστασία των παιδιών', 'παιδιά'], lv: ['bērnu aizsardzība', 'bērni'], ja: ['青少年'], zh: ['未成年人'] },
  { en: ['critical information infrastructure'], fr: ["infrastructures d'information critiques"], es: ['infraestructuras críticas de información'], ru: ['критическая информационная инфраструктура'], el: ['κρίσιμες υποδομές πληροφοριών'], lv: ['kritiskā informācijas infrastruktūra'], ja: ['重要インフラ'], zh: ['关键信息基础设施'] },
  { en: ['national agency', 'agency'], fr: ['agence nationale', 'agence'], es: ['agencia nacional', 'agencia'], ru: ['национальное агентство', 'агентство'], el: ['εθνική αρχή', 'αρχή'], lv: ['valsts aģentūra', 'aģentūra'], ja: ['機関'], zh: ['机构'] },
  { en: ['national security'], fr: ['sécurité nationale'], es: ['seguridad nacional'], ru: ['национальная безопасность'], el: ['εθνική ασφάλεια'], lv: ['nacionālā drošība', 'valsts drošība'], ja: ['国家安全保障'], zh: ['国家安全'] },
  { en: ['defence', 'defense'], fr: ['défense'], es: ['defensa'], ru: ['оборона'], el: ['άμυνα'], lv: ['aizsardzība'], ja: ['防衛'], zh: ['国防'] },
  { en: ['terrorism'], fr: ['terrorisme'], es: ['terrorismo'], ru: ['терроризм'], el: ['τρομοκρατία'], lv: ['terorisms'], ja: ['テロ'], zh: ['恐怖主义'] },
  { en: ['research and development', 'research'], fr: ['recherche et développement', 'recherche'], es: ['investigación y desarrollo', 'investigación'], ru: ['научные исследования', 'исследования'], el: ['έρευνα και ανάπτυξη', 'έρευνα'], lv: ['pētniecība'], ja: ['研究開発'], zh: ['研究'] },
  { en: ['standards', 'certification'], fr: ['normes', 'certification'], es: ['estándares', 'normas', 'certificación'], ru: ['стандарты', 'сертификация'], el: ['πρότυπα', 'πιστοποίηση'], lv: ['standarti', 'sertifikācija'], ja: ['標準', '認証'], zh: ['标准', '认证'] },
  { en: ['electronic signature'], fr: ['signature électronique'], es: ['firma electrónica', 'firma digital'], ru: ['электронная подпись'], el: ['ηλεκτρονική υπογραφή'], lv: ['elektroniskais paraksts'], ja: ['電子署名'], zh: ['电子签名'] },
  { en: ['encryption', 'cryptography'], fr: ['chiffrement', 'cryptographie'], es: ['cifrado', 'criptografía'], ru: ['шифрование', 'криптография'], el: ['κρυπτογράφηση'], lv: ['šifrēšana', 'kriptogrāfija'], ja: ['暗号'], zh: ['加密', '密码'] },
  { en: ['internet'], fr: ['internet'], es: ['internet'], ru: ['интернет'], el: ['διαδίκτυο'], lv: ['internets'], ja: ['インターネット'], zh: ['互联网'] },
  // Last: an everyday word, which the budget of a question's expansions reaches only after the specific ones.
  { en: ['national'], fr: ['national', 'nationale'], es: ['nacional'], ru: ['национальный'], el: ['εθνικός'], lv: ['nacionāls'], ja: ['国家'], zh: ['国家'] },
];
