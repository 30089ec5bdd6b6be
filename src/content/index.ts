// The app's content: typed data from the two source articles.
export * from './types';
export * from './question-tree';
export * from './roles';
export * from './tracks';
export * from './sources';
export * from './statistics';
export * from './faq';
export * from './skills';
export * from './skill-requirements';
export * from './skill-relations';
