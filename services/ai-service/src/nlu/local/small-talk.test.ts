import { describe, expect, it } from 'vitest';
import { normalizeTokens } from './normalize.ts';
import { smallTalkIntent } from './small-talk.ts';

const smallTalk = (text: string) => smallTalkIntent(normalizeTokens(text));

describe('the small-talk rule', () => {
  it('when a message is only a greeting or only thanks, then the rule decides', () => {
    expect(smallTalk('assalamualaikum min')).toBe('GREETING');
    expect(smallTalk('makasih ya pak')).toBe('THANKS');
    expect(smallTalk('halo jalan rusak')).toBeUndefined();
  });

  it('when a greeting is Islamic, regional or asks how someone is, then it is a GREETING', () => {
    expect(smallTalk("assalamu'alaikum wr. wb. selamat siang bapak")).toBe('GREETING');
    expect(smallTalk('waalaikumsalam warahmatullahi wabarakatuh')).toBe('GREETING');
    expect(smallTalk('sugeng enjing pak kades')).toBe('GREETING');
    expect(smallTalk('halo min, apa kabar hari ini?')).toBe('GREETING');
    expect(smallTalk('apakah kamu baik-baik saja?')).toBe('GREETING');
    expect(smallTalk('baik pak')).toBeUndefined();
  });

  it('when a greeting names the office, then the name is no obstacle, but a problem still is', () => {
    expect(smallTalk('selamat pagi dukcapil batang')).toBe('GREETING');
    expect(smallTalk('halo kantor desa sidomulyo')).toBe('GREETING');
    expect(smallTalk('halo desa sampah')).toBeUndefined();
    expect(smallTalk('halo desa jalan rusak')).toBeUndefined();
  });

  it('when a greeting only announces a question, then it is a GREETING; the question itself is not', () => {
    expect(smallTalk('permisi pak, numpang tanya')).toBe('GREETING');
    expect(smallTalk('mau tanya')).toBeUndefined();
    expect(smallTalk('permisi pak, syarat kk apa')).toBeUndefined();
  });

  it('when a message says goodbye, then it is THANKS, even after "selamat"', () => {
    expect(smallTalk('selamat tinggal min')).toBe('THANKS');
    expect(smallTalk('sampai ketemu lagi pak')).toBe('THANKS');
    expect(smallTalk("wassalamu'alaikum wr wb")).toBe('THANKS');
    expect(smallTalk('selamat malam dan sampai jumpa')).toBe('THANKS');
    expect(smallTalk('selamat malam')).toBe('GREETING');
  });

  it('when a status question borrows "apa kabar", then the rule leaves it to the classifier', () => {
    expect(smallTalk('apa kabar laporan saya')).toBeUndefined();
  });
});
