/*
 * Weir's script grammar: splits a script into statements and parses Weir's own statements. Query bodies and
 * column expressions are kept as token runs here; Calcite parses their text afterwards.
 */
parser grammar WeirParser;

options { tokenVocab = WeirLexer; }

script
    : statement? (SEMI statement?)* EOF
    ;

statement
    : CREATE createBody                                             #createStatement
    | DROP dropBody                                                 #dropStatement
    | SHOW showBody                                                 #showStatement
    | (DESCRIBE | DESC) JOB jobId=STRING_LITERAL                    #describeJobStatement
    | (DESCRIBE | DESC) objectName                                  #describeStatement
    | SET (key=STRING_LITERAL EQ value=STRING_LITERAL)?             #setStatement
    | RESET key=STRING_LITERAL?                                     #resetStatement
    | EXPLAIN (PLAN FOR)? explainable                               #explainStatement
    | STOP JOB jobId=STRING_LITERAL stopOption*                     #stopJobStatement
    | SAVEPOINT jobId=STRING_LITERAL                                #savepointStatement
    | insert                                                        #insertStatement
    | query                                                         #queryStatement
    ;

createBody
    : TABLE ifNotExists? objectName LPAREN tableElement (COMMA tableElement)* RPAREN
      (COMMENT comment=STRING_LITERAL)? withOptions?                #createTable
    | TEMPORARY? VIEW ifNotExists? objectName columnNames? AS query  #createView
    ;

dropBody
    : TABLE ifExists? objectName                                    #dropTable
    | TEMPORARY? VIEW ifExists? objectName                          #dropView
    ;

showBody
    : TABLES                                                        #showTables
    | VIEWS                                                         #showViews
    | JOBS                                                          #showJobs
    | SAVEPOINTS                                                    #showSavepoints
    | CHECKPOINTS jobId=STRING_LITERAL                              #showCheckpoints
    | CREATE (TABLE | VIEW) objectName                              #showCreate
    ;

stopOption
    : WITH (SAVEPOINT | DRAIN)
    ;

explainable
    : insert
    | query
    ;

insert
    : INSERT (INTO | OVERWRITE) TABLE? objectName columnNames? query
    ;

// A query's tokens up to the end of the statement; Calcite parses them.
query
    : (SELECT | WITH | VALUES | LPAREN | TABLE) ~SEMI*
    ;

ifNotExists
    : IF NOT EXISTS
    ;

ifExists
    : IF EXISTS
    ;

tableElement
    : WATERMARK FOR identifier AS expression                        #watermarkDefinition
    | (CONSTRAINT identifier)? PRIMARY KEY columnNames (NOT ENFORCED)? #primaryKeyDefinition
    | identifier AS expression (COMMENT comment=STRING_LITERAL)?    #computedColumn
    | identifier dataType columnPrimaryKey? (COMMENT comment=STRING_LITERAL)? #physicalColumn
    ;

columnPrimaryKey
    : (CONSTRAINT identifier)? PRIMARY KEY (NOT ENFORCED)?
    ;

// An expression's tokens up to the next ',' or ')' outside parentheses; Calcite parses them.
expression
    : expressionToken+
    ;

expressionToken
    : LPAREN nestedToken* RPAREN
    | ~(LPAREN | RPAREN | COMMA | SEMI | COMMENT)
    ;

nestedToken
    : LPAREN nestedToken* RPAREN
    | ~(LPAREN | RPAREN | SEMI)
    ;

dataType
    : typeName nullability?
    ;

nullability
    : NOT NULL
    | NULL
    ;

typeName
    : ROW LT rowField (COMMA rowField)* GT                            #angleRowType
    | ROW LPAREN rowField (COMMA rowField)* RPAREN                    #parenRowType
    | TIMESTAMP typeParameters? (WITHOUT TIME ZONE | WITH LOCAL TIME ZONE)? #timestampType
    | TIME typeParameters? (WITHOUT TIME ZONE)?                       #timeType
    | DOUBLE PRECISION?                                               #doubleType
    | identifier typeParameters?                                      #namedType
    ;

typeParameters
    : LPAREN INTEGER_VALUE (COMMA INTEGER_VALUE)? RPAREN
    ;

rowField
    : identifier dataType (COMMENT? STRING_LITERAL)?
    ;

withOptions
    : WITH LPAREN option (COMMA option)* RPAREN
    ;

option
    : key=STRING_LITERAL EQ value=STRING_LITERAL
    ;

columnNames
    : LPAREN identifier (COMMA identifier)* RPAREN
    ;

objectName
    : identifier (DOT identifier)*
    ;

identifier
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | nonReserved
    ;

// Weir's keywords that still serve as names where a name is expected.
nonReserved
    : CHECKPOINTS | CONSTRAINT | COMMENT | CREATE | DESC | DESCRIBE | DOUBLE | DRAIN | DROP | ENFORCED | EXISTS | EXPLAIN | FOR
    | IF | INSERT | INTO | JOB | JOBS | KEY | LOCAL | OVERWRITE | PLAN | PRECISION | PRIMARY | RESET | ROW
    | SAVEPOINT | SAVEPOINTS | SET | SHOW | STOP | TABLE | TABLES | TEMPORARY | TIME | TIMESTAMP | VIEW | VIEWS | WATERMARK
    | WITHOUT | ZONE
    ;
