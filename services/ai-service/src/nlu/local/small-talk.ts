// The exact small-talk rule that runs before the classifier: a message made only of greeting words
// (or only of thank-you and goodbye words) is a GREETING (or THANKS), whatever its length. These are
// closed classes of words, so a list is exact where a classifier trained on a few examples is not.
import { lexiconCategory } from './category-lexicon.ts';

const words = (...lines: string[]) => lines.join(' ').split(' ');

/** How citizens address the office; allowed around any greeting or thank-you. */
const POLITE = words(
  'admin pak bu kak kakak mas mbak dik kang teh om tante ya semua semuanya',
  'bot chatbot petugas kades kepala',
);

/** Offices a citizen may greet by name: "halo desa sidomulyo", "selamat pagi dukcapil batang". */
const OFFICES = new Set(
  words(
    'desa kelurahan kecamatan kabupaten kota kantor balai pemdes pemerintah dinas dukcapil disdukcapil capil',
  ),
);

/** Islamic greetings as typed on WhatsApp ("assalamu'alaikum" tokenises to "assalamualaikum alaikum"). */
const SALAM = words(
  'salam salamualaikum samlekom asalamualaikum assalamualaikum alaikum waalaikumsalam walaikumsalam',
  'alaikumsalam alaikumussalam waalaikumussalam warahmatullah warahmatullahi wabarakatuh',
);

/** At least one of these must be present, so "mau tanya" alone is left to the classifier. */
const GREETING_CORE = new Set([
  ...SALAM,
  ...words(
    'halo hai hei hey woi oi how pagi siang sore malam malem permisi punten misi sampurasun',
    // Javanese, Sundanese, Balinese and English openers
    'sugeng kulonuwun sewu wilujeng swastiastu swastyastu shalom morning afternoon',
    // "apa kabar?"
    'kabar kabarnya kabarmu',
  ),
]);

const GREETING_WORDS = new Set([
  ...POLITE,
  ...GREETING_CORE,
  ...words(
    'wa wr wb there selamat sejahtera enjing kulo nuwun sonten dalu rahayu good evening',
    // "bagaimana kabarnya hari ini?", "apakah kamu baik baik saja?", "how are you"
    'are you saja kan apakah apa bagaimana hari ini kamu anda baik sehat',
    // a greeting that only announces a question: "permisi pak, numpang tanya"
    'mau ingin numpang izin ijin boleh tanya nanya bertanya',
  ),
]);

const THANKS_CORE = new Set(
  words(
    'kasih nuwun suwun maturnuwun nuhun tks syukron',
    'jumpa dadah bye goodbye see pamit pergi wassalamualaikum wassalamu wassalam',
  ),
);

const THANKS_WORDS = new Set([
  ...POLITE,
  ...THANKS_CORE,
  ...words(
    'terima banyak matur sanget hatur pisan oke ok siap baik sip mantap you so much',
    // goodbyes: "sampai jumpa lagi", "selamat tinggal", "saya pergi dulu", "wassalamualaikum wr wb"
    'selamat tinggal sampai ketemu nanti lagi saya mau harus dulu duluan dan pagi siang sore malam',
    'alaikum warahmatullahi wabarakatuh wr wb',
  ),
]);

/** "selamat tinggal" is a goodbye although "selamat" opens most greetings. */
const FAREWELL = /\b(selamat tinggal|sampai ketemu|sampai nanti)\b/;

// "baik pak" acknowledges an answer; "kamu baik?", "baik baik saja kan?" and "sehat pak?" ask how
// someone is.
const YOU = new Set(['kamu', 'anda', 'saja']);

/** Whether a word right after an office word can be the office's name (no list knows the names). */
function canBeName(word: string): boolean {
  return !/\d/.test(word) && !GREETING_CORE.has(word) && !THANKS_CORE.has(word) && !lexiconCategory([word]);
}

/** The tokens without the office words and the one-word names that follow them. */
function withoutOffices(tokens: readonly string[]): string[] {
  return tokens.filter((t, i) => !OFFICES.has(t) && !(OFFICES.has(tokens[i - 1]!) && canBeName(t)));
}

/** GREETING or THANKS when every word of the message belongs to one. */
export function smallTalkIntent(message: readonly string[]): 'GREETING' | 'THANKS' | undefined {
  const tokens = withoutOffices(message);
  if (!tokens.length) return undefined;
  const all = (set: ReadonlySet<string>) => tokens.every((t) => set.has(t));
  const some = (set: ReadonlySet<string>) => tokens.some((t) => set.has(t));
  if (all(THANKS_WORDS) && (some(THANKS_CORE) || FAREWELL.test(tokens.join(' ')))) return 'THANKS';
  const howAreYou = tokens.includes('sehat') || (some(YOU) && tokens.includes('baik'));
  if (all(GREETING_WORDS) && (some(GREETING_CORE) || howAreYou)) return 'GREETING';
  return undefined;
}
