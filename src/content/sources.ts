// The two articles the app is built from, and the three sources the skills
// article cites. Dates are given only as the sources state them; nothing is guessed. Where a
// source states none, the note saying so is the language's: src/locales/<locale>/sources.ts.
import { sourceDateText } from '@locale/sources';
import type { Source, SourceId } from './types';

/** The sources that state no publication date: their `date` is a note in words. */
export type UndatedSourceId = 'career-guide' | 'levels-fyi' | 'linkedin-jobs-report';

export const sources: Readonly<Record<SourceId, Source>> = {
  'career-guide': {
    id: 'career-guide',
    // The copy has no title line; this describes it honestly.
    title: 'AI career paths in 2026 (career guide)',
    publisher: 'AI Educademy (aieducademy.org)',
    // No publication date in the copy; the guide is about careers "in 2026".
    date: sourceDateText['career-guide'],
    primary: true,
  },
  'skills-article': {
    id: 'skills-article',
    title: 'What Skills Do You Need for an AI Career in 2026?',
    // Written by Luke Madden, founder of Veltrix Collective.
    publisher: 'Veltrix (Veltrix Collective)',
    date: '2026-04-08',
    primary: true,
  },
  'wef-future-of-jobs-2023': {
    id: 'wef-future-of-jobs-2023',
    title: 'WEF Future of Jobs 2023',
    publisher: 'World Economic Forum',
    // The year is in the cited title.
    date: '2023',
    primary: false,
  },
  'levels-fyi': {
    id: 'levels-fyi',
    title: 'Levels.fyi',
    publisher: 'Levels.fyi',
    // The skills article cites its compensation data for 2025 but gives no publication date.
    date: sourceDateText['levels-fyi'],
    primary: false,
  },
  'linkedin-jobs-report': {
    id: 'linkedin-jobs-report',
    title: 'LinkedIn Jobs Report',
    publisher: 'LinkedIn',
    date: sourceDateText['linkedin-jobs-report'],
    primary: false,
  },
};
