/*
 * Tokens of a Weir script. Comments and white space go to the hidden channel, so the parser sees only
 * statements, while the text between a statement's first and last token (comments included) stays intact for
 * Calcite. Every character forms some token, so the lexer itself never fails; unterminated strings, quoted
 * names and comments become tokens of their own that the script parser reports.
 */
lexer grammar WeirLexer;

options { caseInsensitive = true; }

AS: 'AS';
CONSTRAINT: 'CONSTRAINT';
COMMENT: 'COMMENT';
CHECKPOINTS: 'CHECKPOINTS';
CREATE: 'CREATE';
DESC: 'DESC';
DESCRIBE: 'DESCRIBE';
DOUBLE: 'DOUBLE';
DRAIN: 'DRAIN';
DROP: 'DROP';
ENFORCED: 'ENFORCED';
EXISTS: 'EXISTS';
EXPLAIN: 'EXPLAIN';
FOR: 'FOR';
IF: 'IF';
INSERT: 'INSERT';
INTO: 'INTO';
JOB: 'JOB';
JOBS: 'JOBS';
KEY: 'KEY';
LOCAL: 'LOCAL';
NOT: 'NOT';
NULL: 'NULL';
OVERWRITE: 'OVERWRITE';
PLAN: 'PLAN';
PRECISION: 'PRECISION';
PRIMARY: 'PRIMARY';
RESET: 'RESET';
ROW: 'ROW';
SAVEPOINT: 'SAVEPOINT';
SAVEPOINTS: 'SAVEPOINTS';
SELECT: 'SELECT';
SET: 'SET';
SHOW: 'SHOW';
STOP: 'STOP';
TABLE: 'TABLE';
TABLES: 'TABLES';
TEMPORARY: 'TEMPORARY';
TIME: 'TIME';
TIMESTAMP: 'TIMESTAMP';
VALUES: 'VALUES';
VIEW: 'VIEW';
VIEWS: 'VIEWS';
WATERMARK: 'WATERMARK';
WITH: 'WITH';
WITHOUT: 'WITHOUT';
ZONE: 'ZONE';

LPAREN: '(';
RPAREN: ')';
COMMA: ',';
SEMI: ';';
DOT: '.';
EQ: '=';
LT: '<';
GT: '>';

STRING_LITERAL: '\'' ( ~'\'' | '\'\'' )* '\'';
UNTERMINATED_STRING_LITERAL: '\'' ( ~'\'' | '\'\'' )* EOF;

QUOTED_IDENTIFIER: '`' ( ~'`' | '``' )+ '`';
EMPTY_QUOTED_IDENTIFIER: '``' ;
UNTERMINATED_QUOTED_IDENTIFIER: '`' ( ~'`' | '``' )* EOF;

DOUBLE_QUOTED: '"' ( ~'"' | '""' )* '"';
UNTERMINATED_DOUBLE_QUOTED: '"' ( ~'"' | '""' )* EOF;

INTEGER_VALUE: [0-9]+;

IDENTIFIER: [\p{L}_] [\p{L}\p{N}_$]*;

LINE_COMMENT: '--' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT: '/*' .*? '*/' -> channel(HIDDEN);
// Cannot contain '*/': a comment that is closed is always a BLOCK_COMMENT.
UNTERMINATED_BLOCK_COMMENT: '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF;

WS: [ \t\r\n\f\u000B]+ -> channel(HIDDEN);

// Operators and anything else of a query body: Calcite judges them.
OTHER: .;
