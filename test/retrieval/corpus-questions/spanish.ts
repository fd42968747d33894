/**
 * Questions in Spanish about the Spanish strategies (Spain, Uruguay, Costa
 * Rica, Panama), typed as a Spanish-speaking analyst types them: with
 * accents or without, with the odd typo. Costa Rica also has an English
 * strategy: the Spanish passage must come first for a Spanish question.
 */
import { aboutIn, type CorpusQuestionInput, noneIn } from './schema.ts';

export const SPANISH: readonly CorpusQuestionInput[] = [
  // Spain
  aboutIn('es', 'paraphrase', 'spain', '¿Por qué quiere España promover la cooperación global en ciberseguridad?', 'el carácter transfronterizo de las amenazas hace que sea esencial promover la cooperación global'),
  aboutIn('es', 'direct', 'spain', 'presencia de España en foros internacionales de ciberseguridad', 'Potenciar la presencia de España en organizaciones y foros internacionales'),
  aboutIn('es', 'direct', 'spain', 'Como fomenta Espana el desarrollo industrial de productos de ciberseguridad?', 'Fomentar el desarrollo industrial de productos y servicios en materia de'),
  aboutIn('es', 'direct', 'spain', 'confianza del consumidor y economia digital en España', 'Mantener la confianza del consumidor es'),
  // Uruguay
  aboutIn('es', 'direct', 'uruguay', '¿Dónde deben alojarse los servidores de correo del gobierno en Uruguay?', 'de dominios gubernamentales deben alojarse dentro del territorio nacional'),
  aboutIn('es', 'direct', 'uruguay', 'objetivo de los centros de datos seguros en Uruguay', 'mejorar los niveles de disponibilidad, confiabilidad e integridad de los centros de datos'),
  aboutIn('es', 'acronym', 'uruguay', 'Que canales cifrados prefiere Uruguay entre MTAs?', 'La implementación de canales de comunicación cifrados con SSL v3, TLS 1.0, STARTTLS'),
  aboutIn('es', 'direct', 'uruguay', 'nombres de dominio de los organismos en Uruguay', 'tiene como alcance la totalidad de los nombres de dominio de internet'),
  // Costa Rica
  aboutIn('es', 'direct', 'costa-rica', '¿Qué puesto ocupa Costa Rica en el hemisferio occidental?', 'En el hemisferio occidental, Costa Rica está entre los mejores'),
  aboutIn('es', 'direct', 'costa-rica', 'capacitaciones para el personal de las instituciones en Costa Rica', 'Que se desarrollen programas de cursos, capacitaciones, y especializaciones'),
  aboutIn('es', 'paraphrase', 'costa-rica', 'coordinacion entre sector publico y privado en Costa Rica segun la encuesta', 'La brecha es evidente en cuanto a la coordinación y colaboración entre el sector público y privado'),
  aboutIn('es', 'direct', 'costa-rica', 'sistema de justicia penal y ciberseguridad en Costa Rica', 'se enfatiza la identificación de áreas clave del sistema de justicia penal'),
  // Panama
  aboutIn('es', 'paraphrase', 'panama', '¿Qué dificultad tiene Panamá para reclutar personal cibernético?', 'Panamá tiene el reto de reclutar y mantener una fuerza de trabajo'),
  aboutIn('es', 'direct', 'panama', 'notificacion obligatoria de violaciones de datos en Panama', 'Hacer obligatoria la notificación de ciertas violaciones graves de datos en el sector privado'),
  aboutIn('es', 'direct', 'panama', '¿Cuál es la vigencia de la estrategia de ciberseguridad de Panamá?', 'tiene prevista una vigencia no mayor a 5 años hacia el futuro'),
  aboutIn('es', 'direct', 'panama', 'Panama privacidad y derechos fundamentales de los ciudadanos', 'especialmente el derecho a la privacidad, son primordiales en nuestra sociedad'),
  aboutIn('es', 'typo', 'panama', '¿Qué hará la Direccion Nacional de Ciberseguridd de la AIG?', 'La Dirección Nacional de Ciberseguridad de la AIG trabajará con cada organismo gubernamental'),
  // Nothing answers
  noneIn('es', '¿Cómo regulan los países TikTok?', 'tiktok'),
  noneIn('es', '¿Cuál es el salario mínimo de un analista en Panamá?', 'salario m.nimo'),
  noneIn('es', '¿Cómo se prepara una paella valenciana?', 'paella'),
  noneIn('es', '¿Qué dice España sobre los patinetes eléctricos?', 'patinete'),
];
