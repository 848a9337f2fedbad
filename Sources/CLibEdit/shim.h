// Non-variadic wrappers around libedit's variadic el_set/el_get/history calls,
// which Swift cannot call directly. Each wrapper is one call; no state lives here.
#ifndef CLIBEDIT_SHIM_H
#define CLIBEDIT_SHIM_H

#include <stdio.h>
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <histedit.h>

typedef char *_Nullable (*clibedit_prompt_fn)(EditLine *_Nullable);
typedef unsigned char (*clibedit_cmd_fn)(EditLine *_Nullable, int);

// stdin/stdout/stderr are C globals Swift 6 refuses to touch, so open the editor here.
static inline EditLine *clibedit_init_stdio(const char *prog) { return el_init(prog, stdin, stdout, stderr); }

static inline int clibedit_set_prompt_esc(EditLine *el, clibedit_prompt_fn f, char esc) { return el_set(el, EL_PROMPT_ESC, f, esc); }
static inline int clibedit_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int clibedit_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int clibedit_set_editmode(EditLine *el, int on) { return el_set(el, EL_EDITMODE, on); }
static inline int clibedit_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *clibedit_get_clientdata(EditLine *el) { void *d = NULL; el_get(el, EL_CLIENTDATA, &d); return d; }
static inline int clibedit_set_hist(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int clibedit_addfn(EditLine *el, const char *name, const char *help, clibedit_cmd_fn f) { return el_set(el, EL_ADDFN, name, help, f); }
static inline int clibedit_bind(EditLine *el, const char *key, const char *fn) { return el_set(el, EL_BIND, key, fn, (const char *)NULL); }
// With ISIG off while editing, ^C arrives as a key (bound to "cancel") instead of SIGINT.
static inline int clibedit_setty_noisig(EditLine *el) { return el_set(el, EL_SETTY, "-d", "-isig", (const char *)NULL); }

static inline int clibedit_history_setsize(History *h, int n) { HistEvent ev; return history(h, &ev, H_SETSIZE, n); }
static inline int clibedit_history_setunique(History *h, int on) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, on); }
static inline int clibedit_history_enter(History *h, const char *s) { HistEvent ev; return history(h, &ev, H_ENTER, s); }

// History entries for listing: H_LAST is the oldest entry, H_PREV steps to newer ones.
static inline const char *clibedit_history_newest(History *h) { HistEvent ev; return history(h, &ev, H_FIRST) < 0 ? NULL : ev.str; }
static inline const char *clibedit_history_oldest(History *h) { HistEvent ev; return history(h, &ev, H_LAST) < 0 ? NULL : ev.str; }
static inline const char *clibedit_history_newer(History *h) { HistEvent ev; return history(h, &ev, H_PREV) < 0 ? NULL : ev.str; }

// Make the terminal speak UTF-8: without a UTF-8 LC_CTYPE libedit drops multi-byte input.
static inline void clibedit_use_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL || (strcmp(codeset, "UTF-8") != 0 && strcmp(codeset, "utf8") != 0)) {
        setlocale(LC_CTYPE, "C.UTF-8");
    }
}

#endif
