/**
 * Questions in French about the French strategies (Benin, Togo, Chad,
 * Belgium, Burkina Faso, Mauritania), typed as a francophone analyst types
 * them: with accents or without, with the odd typo. Each carries a verbatim
 * slice of the passage that answers; the `none` ones are answered by nothing.
 */
import { aboutIn, type CorpusQuestionInput, noneIn } from './schema.ts';

export const FRENCH: readonly CorpusQuestionInput[] = [
  // Benin
  aboutIn('fr', 'direct', 'benin', 'Que prévoit la stratégie du Bénin pour les magistrats ?', 'Veiller à ce que les magistrats se spécialisent en cybercriminalité et en nouvelles technologies'),
  aboutIn('fr', 'acronym', 'benin', "Quelles structures comme l'ANSSI le Benin a-t-il creees ?", "la création de nouvelles structures comme l'ADN, l'ASSI, l'ANSSI"),
  aboutIn('fr', 'direct', 'benin', 'Quand le code du numérique du Bénin a-t-il été promulgué ?', "le Chef de l'Etat a promulgué le code du numérique du Bénin"),
  aboutIn('fr', 'typo', 'benin', 'Le Benin et la cyber-escroqurie en 2018', 'le Bénin a été classé en 2018 parmi les pays Africains ayant un taux de cyber-escroquerie élevé'),
  // Togo
  aboutIn('fr', 'named-body', 'togo', 'Quel centre le Togo a-t-il établi avec Asseco ?', "Le partenariat avec Asseco à permis au Togo d'établir un centre d'excellence"),
  aboutIn('fr', 'direct', 'togo', 'le togo a t il ratifie la convention de malabo', 'le Togo a ratifié la convention sur la cybersécurité et la protection des données à caractère personnel'),
  aboutIn('fr', 'direct', 'togo', 'Que finance le Fonds de souveraineté numérique du Togo ?', 'est ordonnateur du Fonds de souveraineté numérique qui a pour objectif de financer'),
  aboutIn('fr', 'paraphrase', 'togo', 'Les dirigeants togolais sont-ils assez sensibilisés à la cybersécurité ?', "L'insuffisance de sensibilisation auprès des dirigeants, de la population togolaise en général"),
  aboutIn('fr', 'acronym', 'togo', 'audit annuel des OSE au Togo', "Un audit annuel est prévu pour s'assurer que les OSE sont bien en conformité"),
  // Chad
  aboutIn('fr', 'named-body', 'chad', "Qui audite un système d'information avant sa mise en exploitation au Tchad ?", 'faire l’objet d’un audit de sa sécurité par l’ANSICE'),
  aboutIn('fr', 'direct', 'chad', 'exportation des moyens de cryptologie au Tchad', "l'exportation d'un moyen de cryptologie n’assurant pas exclusivement des fonctions d’authentification"),
  // Belgium
  aboutIn('fr', 'direct', 'belgium', 'Quel virus a paralysé le SPF Finances en Belgique ?', "a paralysé pendant une semaine et demie en 2012 des parties de l'administration centrale"),
  aboutIn('fr', 'direct', 'belgium', "Qu'est-ce qu'un botnet selon la strategie belge ?", "Un botnet est un ensemble d'ordinateurs infectés de logiciels malveillants"),
  // Burkina Faso
  aboutIn('fr', 'direct', 'burkina-faso', "Quel est l'objectif général de la SNCS du Burkina Faso ?", "est de garantir un cyberespace sûr qui contribue d'une manière efficace aux objectifs de transformation numérique"),
  aboutIn('fr', 'paraphrase', 'burkina-faso', "Quelle vision le Burkina a-t-il pour 2023 ?", 'le Burkina Faso dispose d’un cyberespace de confiance favorable au développement économique et social'),
  // Mauritania
  aboutIn('fr', 'named-body', 'mauritania', 'Que fera le CSIRT national mauritanien de son site Internet ?', 'Le CSIRT national disposera également d’un site Internet sécurisé destiné à diffuser sans délai'),
  aboutIn('fr', 'acronym', 'mauritania', "classement EGDI de la Mauritanie en 2020", 'Le classement EGDI (e-Government Development Index) de la Mauritanie est passé en 2020'),
  aboutIn('fr', 'typo', 'mauritania', 'infrastructure a cles publique nationale en Mauritanie', 'mettre en œuvre une infrastructure à clés publiques (IGC/PKI) nationale'),
  // Nothing answers
  noneIn('fr', 'Que disent les stratégies sur TikTok ?', 'tiktok'),
  noneIn('fr', 'Quelles règles pour les trottinettes électriques au Togo ?', 'trottinette'),
  noneIn('fr', 'Quelle est la recette de la tarte Tatin ?', '\\btarte\\b', '\\btatin\\b'),
  noneIn('fr', 'Le Bénin a-t-il un plan pour les vélos en libre-service ?', '\\bv[ée]los?\\b', 'libre-service'),
];
