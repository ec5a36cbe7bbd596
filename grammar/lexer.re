/* The raw lexer: one re2c scanner that recognizes a single token at the
 * cursor. Line structure (indentation, NEWLINE, brackets), string bodies and
 * the checks after a number are the driver's job (src/tokenize.c). */
#include "lexer.h"

#include "parser.h"

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:indent:string = "    ";

    digits   = [0-9] ("_"? [0-9])*;
    hexint   = "0" [xX] ("_"? [0-9a-fA-F])+;
    octint   = "0" [oO] ("_"? [0-7])+;
    binint   = "0" [bB] ("_"? [01])+;
    zeros    = "0" ("_"? "0")*;
    nzint    = [1-9] ("_"? [0-9])*;
    leadzint = zeros "_"? [1-9] ("_"? [0-9])*;
    exponent = [eE] [+-]? digits;
    point    = digits? "." digits | digits ".";
    float    = point exponent? | digits exponent;
    imag     = (float | digits) [jJ];

    name_ascii = [a-zA-Z_] [a-zA-Z0-9_]*;
    name_any   = [a-zA-Z_\x80-\xff] [a-zA-Z0-9_\x80-\xff]*;

    strprefix  = [rRuUfFbB] | [rR][bBfF] | [bBfF][rR];
*/

int mpy_lex_scan(const char **cursor)
{
    const unsigned char *YYCURSOR = (const unsigned char *)*cursor;
    const unsigned char *YYMARKER = YYCURSOR;
    int kind;
    /*!re2c
        [ \t\f]+   { kind = MPY_RAW_SPACE; goto done; }
        "#" [^\n\x00]* { kind = MPY_RAW_COMMENT; goto done; }
        "\\\n"     { kind = MPY_RAW_CONTINUATION; goto done; }
        "\\"       { kind = MPY_RAW_BAD_CONTINUATION; goto done; }
        "\n"       { kind = MPY_RAW_NEWLINE; goto done; }
        "\x00"     { kind = MPY_RAW_NUL; goto done; }

        "False"    { kind = TK_FALSE; goto done; }
        "None"     { kind = TK_NONE; goto done; }
        "True"     { kind = TK_TRUE; goto done; }
        "and"      { kind = TK_AND; goto done; }
        "as"       { kind = TK_AS; goto done; }
        "assert"   { kind = TK_ASSERT; goto done; }
        "async"    { kind = TK_ASYNC; goto done; }
        "await"    { kind = TK_AWAIT; goto done; }
        "break"    { kind = TK_BREAK; goto done; }
        "class"    { kind = TK_CLASS; goto done; }
        "continue" { kind = TK_CONTINUE; goto done; }
        "def"      { kind = TK_DEF; goto done; }
        "del"      { kind = TK_DEL; goto done; }
        "elif"     { kind = TK_ELIF; goto done; }
        "else"     { kind = TK_ELSE; goto done; }
        "except"   { kind = TK_EXCEPT; goto done; }
        "finally"  { kind = TK_FINALLY; goto done; }
        "for"      { kind = TK_FOR; goto done; }
        "from"     { kind = TK_FROM; goto done; }
        "global"   { kind = TK_GLOBAL; goto done; }
        "if"       { kind = TK_IF; goto done; }
        "import"   { kind = TK_IMPORT; goto done; }
        "in"       { kind = TK_IN; goto done; }
        "is"       { kind = TK_IS; goto done; }
        "lambda"   { kind = TK_LAMBDA; goto done; }
        "nonlocal" { kind = TK_NONLOCAL; goto done; }
        "not"      { kind = TK_NOT; goto done; }
        "or"       { kind = TK_OR; goto done; }
        "pass"     { kind = TK_PASS; goto done; }
        "raise"    { kind = TK_RAISE; goto done; }
        "return"   { kind = TK_RETURN; goto done; }
        "try"      { kind = TK_TRY; goto done; }
        "while"    { kind = TK_WHILE; goto done; }
        "with"     { kind = TK_WITH; goto done; }
        "yield"    { kind = TK_YIELD; goto done; }

        name_ascii { kind = TK_NAME; goto done; }
        name_any   { kind = MPY_RAW_NAME_UNICODE; goto done; }

        strprefix? ['"]         { kind = MPY_RAW_STRING1; goto done; }
        strprefix? ("'''" | '"""') { kind = MPY_RAW_STRING3; goto done; }

        nzint      { kind = MPY_RAW_NUM_DEC; goto done; }
        zeros      { kind = MPY_RAW_NUM_ZEROS; goto done; }
        leadzint   { kind = MPY_RAW_NUM_LEADZ; goto done; }
        hexint     { kind = MPY_RAW_NUM_HEX; goto done; }
        octint     { kind = MPY_RAW_NUM_OCT; goto done; }
        binint     { kind = MPY_RAW_NUM_BIN; goto done; }
        float      { kind = MPY_RAW_NUM_FLOAT; goto done; }
        imag       { kind = MPY_RAW_NUM_IMAG; goto done; }

        "("   { kind = TK_LPAR; goto done; }
        ")"   { kind = TK_RPAR; goto done; }
        "["   { kind = TK_LSQB; goto done; }
        "]"   { kind = TK_RSQB; goto done; }
        "{"   { kind = TK_LBRACE; goto done; }
        "}"   { kind = TK_RBRACE; goto done; }
        ":"   { kind = TK_COLON; goto done; }
        ","   { kind = TK_COMMA; goto done; }
        ";"   { kind = TK_SEMI; goto done; }
        "+"   { kind = TK_PLUS; goto done; }
        "-"   { kind = TK_MINUS; goto done; }
        "*"   { kind = TK_STAR; goto done; }
        "/"   { kind = TK_SLASH; goto done; }
        "|"   { kind = TK_VBAR; goto done; }
        "&"   { kind = TK_AMPER; goto done; }
        "<"   { kind = TK_LESS; goto done; }
        ">"   { kind = TK_GREATER; goto done; }
        "="   { kind = TK_EQUAL; goto done; }
        "."   { kind = TK_DOT; goto done; }
        "%"   { kind = TK_PERCENT; goto done; }
        "=="  { kind = TK_EQEQUAL; goto done; }
        "!="  { kind = TK_NOTEQUAL; goto done; }
        "<="  { kind = TK_LESSEQUAL; goto done; }
        ">="  { kind = TK_GREATEREQUAL; goto done; }
        "~"   { kind = TK_TILDE; goto done; }
        "^"   { kind = TK_CIRCUMFLEX; goto done; }
        "<<"  { kind = TK_LEFTSHIFT; goto done; }
        ">>"  { kind = TK_RIGHTSHIFT; goto done; }
        "**"  { kind = TK_DOUBLESTAR; goto done; }
        "+="  { kind = TK_PLUSEQUAL; goto done; }
        "-="  { kind = TK_MINEQUAL; goto done; }
        "*="  { kind = TK_STAREQUAL; goto done; }
        "/="  { kind = TK_SLASHEQUAL; goto done; }
        "%="  { kind = TK_PERCENTEQUAL; goto done; }
        "&="  { kind = TK_AMPEREQUAL; goto done; }
        "|="  { kind = TK_VBAREQUAL; goto done; }
        "^="  { kind = TK_CIRCUMFLEXEQUAL; goto done; }
        "<<=" { kind = TK_LEFTSHIFTEQUAL; goto done; }
        ">>=" { kind = TK_RIGHTSHIFTEQUAL; goto done; }
        "**=" { kind = TK_DOUBLESTAREQUAL; goto done; }
        "//"  { kind = TK_DOUBLESLASH; goto done; }
        "//=" { kind = TK_DOUBLESLASHEQUAL; goto done; }
        "@"   { kind = TK_AT; goto done; }
        "@="  { kind = TK_ATEQUAL; goto done; }
        "->"  { kind = TK_RARROW; goto done; }
        "..." { kind = TK_ELLIPSIS; goto done; }
        ":="  { kind = TK_COLONEQUAL; goto done; }
        "<>"  { kind = TK_ERRORTOKEN; goto done; }  // CPython tokenizes it, then rejects it

        [\x01-\x7f] { kind = MPY_RAW_OTHER; goto done; }
    */
done:
    *cursor = (const char *)YYCURSOR;
    return kind;
}
