const BLOOD = '(?:blod|blodig|blodige|blood|bloody)';
const OF_A_DIAPER = '(?:bleie|bleia|bleien|bleier|bleiene|bæsj|bæsjen|bæsjebleie|tiss|tisset|tissen|diaper|nappy|poo|poop|stool|urine|wee)';

/**
 * «blod i bleia», «blood in her nappy»: no diaper to log and a worry no topic answers (whom to ask); blood
 * at the breast is the nipples' topic.
 */
export const BLOOD_IN_A_DIAPER = new RegExp(`(?<!\\p{L})${BLOOD}(?!\\p{L}).*(?<!\\p{L})${OF_A_DIAPER}(?!\\p{L})|(?<!\\p{L})${OF_A_DIAPER}(?!\\p{L}).*(?<!\\p{L})${BLOOD}(?!\\p{L})`, 'iu');
