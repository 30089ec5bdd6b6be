export declare const PSEUDO_OPEN: string;
export declare const PSEUDO_CLOSE: string;
export declare function pseudo(text: string): string;
export declare function pseudoDeep<T>(value: T): T;
