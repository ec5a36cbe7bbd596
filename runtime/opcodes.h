/* The bytecode: one X-macro list makes the opcode enum, the eval loop's
 * dispatch table, the disassembler's names and the compiler's stack effects.
 *
 * An instruction is one 16-bit code unit: the opcode in the low byte, the
 * argument in the high byte. EXTENDED_ARG prefixes supply higher argument
 * bytes (arg = arg << 8 | next). Some instructions are followed by inline
 * cache units (the CACHE column), zero when emitted, that the eval loop uses
 * to remember what it found (version tags, indices); jumps and offsets
 * count code units and include those caches.
 *
 * The design follows CPython 3.11's, simplified: relative jumps; only
 * JUMP_BACKWARD goes backwards (loops end with it; every conditional jump is
 * forward); no PRECALL/RESUME quickening; no RETURN_GENERATOR (calling a
 * generator function makes the generator directly).
 *
 * Stack notation: "a b -- c" pops b (top) and a, pushes c. "NULL" is a NULL
 * slot (no object), used by calls. Ownership: every stack slot owns a
 * reference, except NULL.
 *
 * X(name, has_arg, cache_units, description)                                 */
#ifndef MPY_OPCODES_H
#define MPY_OPCODES_H

#define MPY_FOR_EACH_OPCODE(X)                                                                    \
    /* ------------------------------------------------ stack and constants */                    \
    X(CACHE, 0, 0, "an inline cache unit, never executed")                                        \
    X(NOP, 0, 0, "--")                                                                            \
    X(POP_TOP, 0, 0, "a --")                                                                      \
    X(PUSH_NULL, 0, 0, "-- NULL")                                                                 \
    X(COPY, 1, 0, "COPY n: push a new reference to the n-th item from the top (n >= 1)")          \
    X(SWAP, 1, 0, "SWAP n: exchange the top with the n-th item from the top (n >= 2)")            \
    X(LOAD_CONST, 1, 0, "-- co_consts[arg]")                                                      \
    X(RETURN_VALUE, 0, 0, "v -- : return v to the caller")                                        \
    X(EXTENDED_ARG, 1, 0, "arg prefix")                                                           \
    X(RESUME, 1, 0, "function/generator entry point (arg 0 at start, 1 after yield); checks "     \
                    "pending signals")                                                            \
    /* -------------------------------------------------------- locals */                        \
    X(LOAD_FAST, 1, 0, "-- localsplus[arg]; UnboundLocalError if unbound")                        \
    X(STORE_FAST, 1, 0, "v -- : localsplus[arg] = v")                                             \
    X(DELETE_FAST, 1, 0, "localsplus[arg] = unbound; UnboundLocalError if already unbound")       \
    X(MAKE_CELL, 1, 0, "localsplus[arg] = cell(localsplus[arg]) (at function start)")             \
    X(COPY_FREE_VARS, 1, 0, "copy the function's closure cells into the last arg slots")          \
    X(LOAD_CLOSURE, 1, 0, "-- the cell in localsplus[arg] (for MAKE_FUNCTION's closure)")         \
    X(LOAD_DEREF, 1, 0, "-- cell_contents of localsplus[arg]; NameError (free) or "               \
                        "UnboundLocalError (cell) if empty")                                      \
    X(LOAD_CLASSDEREF, 1, 0, "-- (class body) locals dict's name of localsplus[arg], else the "   \
                             "cell's contents")                                                   \
    X(STORE_DEREF, 1, 0, "v -- : cell_contents of localsplus[arg] = v")                           \
    X(DELETE_DEREF, 1, 0, "empty the cell in localsplus[arg]")                                    \
    /* ------------------------------------------------ globals and names */                      \
    X(LOAD_GLOBAL, 1, 1, "-- [NULL] value: arg>>1 indexes co_names; if arg&1 push NULL first "    \
                         "(a call follows); globals then builtins, NameError")                    \
    X(STORE_GLOBAL, 1, 0, "v -- : globals[co_names[arg]] = v")                                    \
    X(DELETE_GLOBAL, 1, 0, "del globals[co_names[arg]]")                                          \
    X(LOAD_NAME, 1, 0, "-- locals/globals/builtins[co_names[arg]] (module and class bodies)")     \
    X(STORE_NAME, 1, 0, "v -- : locals[co_names[arg]] = v")                                       \
    X(DELETE_NAME, 1, 0, "del locals[co_names[arg]]")                                             \
    /* ----------------------------------------------------- attributes */                       \
    X(LOAD_ATTR, 1, 1, "o -- o.co_names[arg]")                                                    \
    X(STORE_ATTR, 1, 1, "v o -- : o.co_names[arg] = v")                                           \
    X(DELETE_ATTR, 1, 0, "o -- : del o.co_names[arg]")                                            \
    X(LOAD_METHOD, 1, 1, "o -- meth o | NULL attr: an unbound method and its self when the "      \
                         "attribute is a method, else NULL and the attribute")                    \
    /* ------------------------------------------------------ operators */                       \
    X(UNARY_POSITIVE, 0, 0, "a -- +a")                                                            \
    X(UNARY_NEGATIVE, 0, 0, "a -- -a")                                                            \
    X(UNARY_NOT, 0, 0, "a -- not a")                                                              \
    X(UNARY_INVERT, 0, 0, "a -- ~a")                                                              \
    X(BINARY_OP, 1, 0, "a b -- a op b, op = MPY_BINOP_* (in-place forms >= MPY_BINOP_INPLACE)")   \
    X(COMPARE_OP, 1, 0, "a b -- a cmp b, cmp = MPY_LT..MPY_GE")                                   \
    X(IS_OP, 1, 0, "a b -- (a is b) != arg")                                                      \
    X(CONTAINS_OP, 1, 0, "a b -- (a in b) != arg")                                                \
    X(BINARY_SUBSCR, 0, 0, "o k -- o[k]")                                                         \
    X(STORE_SUBSCR, 0, 0, "v o k -- : o[k] = v")                                                  \
    X(DELETE_SUBSCR, 0, 0, "o k -- : del o[k]")                                                   \
    /* --------------------------------------------------- building */                           \
    X(BUILD_TUPLE, 1, 0, "a1..an -- (a1, .., an)")                                                \
    X(BUILD_LIST, 1, 0, "a1..an -- [a1, .., an]")                                                 \
    X(BUILD_SET, 1, 0, "a1..an -- {a1, .., an}")                                                  \
    X(BUILD_MAP, 1, 0, "k1 v1 .. kn vn -- {k1: v1, ..}")                                          \
    X(BUILD_CONST_KEY_MAP, 1, 0, "v1..vn keys -- {keys[i]: vi} (keys a constant tuple)")          \
    X(BUILD_STRING, 1, 0, "s1..sn -- s1 + .. + sn (all str)")                                     \
    X(BUILD_SLICE, 1, 0, "start stop [step] -- slice (arg 2 or 3)")                               \
    X(LIST_APPEND, 1, 0, "list .. v -- list .. : list (arg-th from top after pop) .append(v)")    \
    X(SET_ADD, 1, 0, "set .. v -- set .. : set.add(v), set arg-th from top after pop")            \
    X(MAP_ADD, 1, 0, "dict .. k v -- dict .. : dict[k] = v, dict arg-th from top after pops")     \
    X(LIST_EXTEND, 1, 0, "list .. it -- list .. : list.extend(it)")                               \
    X(SET_UPDATE, 1, 0, "set .. it -- set .. : set.update(it)")                                   \
    X(DICT_UPDATE, 1, 0, "dict .. m -- dict .. : dict.update(m) ({**m} displays)")                \
    X(DICT_MERGE, 1, 0, "dict .. m -- dict .. : as DICT_UPDATE but duplicate keys are an error "  \
                        "(f(**m)): TypeError f() got multiple values for keyword argument 'k'")  \
    X(LIST_TO_TUPLE, 0, 0, "list -- tuple(list)")                                                 \
    X(UNPACK_SEQUENCE, 1, 0, "seq -- v_n .. v_1 (v_1 on top); ValueError for a wrong count")      \
    X(UNPACK_EX, 1, 0, "seq -- after.. list before..: arg = before | after << 8 (starred)")       \
    X(FORMAT_VALUE, 1, 0, "v [spec] -- str: arg&3 conversion (0 none, 1 str, 2 repr, 3 ascii), "  \
                          "arg&4 a spec is on the stack")                                         \
    /* ------------------------------------------------------- control */                        \
    X(JUMP_FORWARD, 1, 0, "skip arg code units")                                                  \
    X(JUMP_BACKWARD, 1, 0, "go back arg code units (from the next instruction); checks signals")  \
    X(POP_JUMP_IF_FALSE, 1, 0, "v -- : jump forward arg units if not v")                          \
    X(POP_JUMP_IF_TRUE, 1, 0, "v -- : jump forward arg units if v")                               \
    X(POP_JUMP_IF_NONE, 1, 0, "v -- : jump forward arg units if v is None")                       \
    X(POP_JUMP_IF_NOT_NONE, 1, 0, "v -- : jump forward arg units if v is not None")               \
    X(JUMP_IF_FALSE_OR_POP, 1, 0, "v -- v (jump forward) | -- (pop, fall through)")               \
    X(JUMP_IF_TRUE_OR_POP, 1, 0, "v -- v (jump forward) | -- (pop, fall through)")                \
    X(GET_ITER, 0, 0, "o -- iter(o)")                                                             \
    X(FOR_ITER, 1, 0, "it -- it next(it) | -- (exhausted: pop it, jump forward arg units)")       \
    X(GET_LEN, 0, 0, "o -- o len(o)")                                                             \
    /* --------------------------------------------------------- calls */                        \
    X(KW_NAMES, 1, 0, "the next CALL's last len(co_consts[arg]) arguments are keywords with "     \
                      "those names (a tuple constant)")                                           \
    X(CALL, 1, 0, "f_or_NULL self_or_f a1..an -- result: if the first slot is NULL, call the "    \
                  "second with a1..an; else call the first with self and a1..an")                 \
    X(CALL_FUNCTION_EX, 1, 0, "NULL f args [kwargs] -- result: args a tuple (for f(*x) alone, "   \
                              "x itself: any iterable), kwargs (arg&1) a dict")                   \
    X(MAKE_FUNCTION, 1, 0, "[defaults] [kwdefaults] [annotations] [closure] code -- function: "   \
                           "arg flags 1 defaults tuple, 2 kwdefaults dict, 4 annotations tuple "  \
                           "(name, value pairs flattened), 8 closure tuple of cells")             \
    X(LOAD_BUILD_CLASS, 0, 0, "-- builtins.__build_class__")                                      \
    /* ---------------------------------------------------- generators */                       \
    X(YIELD_VALUE, 0, 0, "v -- sent: suspend the generator yielding v; resume with the sent "     \
                         "value")                                                                 \
    X(GET_YIELD_FROM_ITER, 0, 0, "o -- iter(o) (a generator stays itself)")                       \
    X(SEND, 1, 0, "it v -- it result | -- value: send v (next() if None) into it; when it "       \
                  "returns, pop it, push the return value and jump forward arg units")            \
    /* ---------------------------------------------------- exceptions */                       \
    X(RAISE_VARARGS, 1, 0, "[exc [cause]] -- : arg 0 re-raise, 1 raise exc, 2 raise exc from "    \
                           "cause")                                                               \
    X(RERAISE, 1, 0, "[lasti] exc -- : re-raise exc; if arg, restore the frame's lasti from "     \
                     "the int arg slots below it, PEEK(arg + 1) (for the traceback)")             \
    X(PUSH_EXC_INFO, 0, 0, "exc -- prev exc: make exc the handled exception, saving the "         \
                           "previous one (None if none)")                                         \
    X(POP_EXCEPT, 0, 0, "prev -- : restore the handled exception saved by PUSH_EXC_INFO")         \
    X(CHECK_EXC_MATCH, 0, 0, "exc type -- exc bool: isinstance-style match (type may be a "       \
                             "tuple); TypeError if type is not an exception class")               \
    X(CHECK_EG_MATCH, 0, 0, "exc type -- rest match | exc None: except* splits exc by type; a "  \
                            "match (a group; rest may be None) becomes the handled exception; "   \
                            "TypeError if type is not an exception class or is a group class")    \
    X(PREP_RERAISE_STAR, 0, 0, "orig excs -- exc|None: what an except* statement re-raises: "     \
                               "the list of what its clauses raised or left unhandled, combined " \
                               "against orig, the exception that entered it")                      \
    X(LOAD_ASSERTION_ERROR, 0, 0, "-- AssertionError")                                            \
    X(BEFORE_WITH, 0, 0, "mgr -- exit mgr.__enter__(): exit is the bound __exit__")               \
    X(WITH_EXCEPT_START, 0, 0, "exit lasti prev exc -- exit lasti prev exc res: "                 \
                               "res = exit(type(exc), exc, exc.__traceback__)")                   \
    /* --------------------------------------------------- import, misc */                       \
    X(IMPORT_NAME, 1, 0, "level fromlist -- module: __import__(co_names[arg], ...)")              \
    X(IMPORT_FROM, 1, 0, "module -- module attr: module.co_names[arg] (or submodule)")            \
    X(IMPORT_STAR, 0, 0, "module -- : from module import * into the locals")                      \
    X(SETUP_ANNOTATIONS, 0, 0, "make __annotations__ = {} in the locals if missing")              \
    X(PRINT_EXPR, 0, 0, "v -- : the REPL's echo (sys.displayhook(v))")

typedef enum {
#define MPY_OPCODE_ENUM(name, has_arg, cache, doc) MPY_OP_##name,
    MPY_FOR_EACH_OPCODE(MPY_OPCODE_ENUM)
#undef MPY_OPCODE_ENUM
    MPY_OP_COUNT
} MpyOpcode;

/* Names, argument flags and cache sizes by opcode (code.c). */
extern const char *const mpy_opcode_names[MPY_OP_COUNT];
extern const unsigned char mpy_opcode_has_arg[MPY_OP_COUNT];
extern const unsigned char mpy_opcode_cache_units[MPY_OP_COUNT];

typedef uint16_t MpyCodeUnit;
#define MPY_CODEUNIT_OP(u) ((u) & 0xFF)
#define MPY_CODEUNIT_ARG(u) ((u) >> 8)
#define MPY_MAKE_CODEUNIT(op, arg) ((MpyCodeUnit)((op) | ((arg) << 8)))

#endif
