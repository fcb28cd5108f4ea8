"""Phone numbers and IDs read aloud in words ("nueve seis ocho, cuatro uno dos...")."""

from __future__ import annotations

import re

from redact.lexicon import alternation, fold, fold_same_offsets
from redact.numbers import REPEAT, UNITS, digits_said, spoken_number_runs
from redact.recognizers.base import Match, RuleRecognizer, has_cue_before
from redact.registry import register

# toll-free numbers (the hotline's, institutions') are no one's personal number
TOLL_FREE = re.compile(r"(?i:cero|zero|oh)\s+(?:ochocientos|eight\s+hundred|oitocentos)(?!\w)")
_AFTER_TOLL_FREE = re.compile(r"(?i:ochocientos|eight\s+hundred|oitocentos)[\s,\-–]*$")
_YEARS = re.compile(r"(?:19|20)\d\d(?:[\s,\-–/y]+(?:19|20)\d\d)+")
# one digit said as a word, or "doble/triple" before one ("nueve siete cuatro", "six oh two", "zero quatro um")
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_DIGIT_GAP = re.compile(r"[ \t]*[,\-–]?[ \t]*")
# "veintisiete punto trescientos cuarenta punto ciento dieciocho", CPF "... ponto ... traço um cinco"
_ID_SEPARATORS = re.compile(r"(?i)(?<!\w)(?:punto|ponto|traço|traco|guion|guión|raya|dot|dash)(?!\w)")
# digit groups "7145 0932", "915 338 602" (7+ digits in 2-3 groups)
_DIGIT_GROUPS = re.compile(r"(?<![\w.,/:$])\d{2,5}(?:[ \t]\d{2,5}){1,2}(?![\w.,/:]\d|\w)")


@register("spoken_number")
class SpokenNumberRecognizer(RuleRecognizer):
    ENTITIES = ("PHONE_NUMBER", "ID_NUMBER")

    def find(self, text, nlp_artifacts):
        phone_cues = self.words("phone_cues")
        id_cues = self.words("id_cues")
        allowed = {str(n) for n in self.params.get("allow_numbers", [])}
        money = {fold(w) for w in self.words("money_words")}
        for run in spoken_number_runs(text, min_digits=int(self.params.get("min_digits", 6))):
            if run.digits in allowed or TOLL_FREE.match(text, run.start):
                continue  # the hotline's own number said aloud ("cero ochocientos dos treinta y dos...")
            if _YEARS.fullmatch(text[run.start : run.end]):
                continue  # "en 2019 2020": years
            after = re.match(r"[ \t]*([^\W\d_]+)", text[run.end :])
            if after and fold(after.group(1)) in money:
                continue  # "entre 1500 2000 soles"
            n = len(run.digits)
            is_phone = has_cue_before(text, run.start, phone_cues, 50)
            is_id = has_cue_before(text, run.start, id_cues, 50)
            if run.scaled and not (is_id or is_phone):
                continue  # "quinientos mil soles" is money; a cédula said this way follows its cue
            if n == 9 and run.digits[0] == "9" and not is_id:
                kind = "PHONE_NUMBER"
            elif is_id and not (is_phone and n >= 9):
                kind = "ID_NUMBER"
            elif is_phone or n >= 9:
                kind = "PHONE_NUMBER"
            else:
                kind = "ID_NUMBER"  # 6-8 digits said aloud with no cue: most often a DNI
            start = run.start
            prefix = re.search(r"(?:plus|más|mas|mais)\s+$", text[max(0, start - 8) : start], re.IGNORECASE)
            if prefix and kind == "PHONE_NUMBER":
                start -= len(prefix.group())  # "plus one seven one eight..."
            yield Match(kind, start, run.end, self.score)
        yield from self._digit_word_runs(text, phone_cues, id_cues, allowed)
        yield from self._separated_ids(text, id_cues, allowed)
        yield from self._digit_groups(text, phone_cues, id_cues, allowed)
        yield from self._number_parts(text, phone_cues, id_cues)

    def _digit_word_runs(self, text, phone_cues, id_cues, allowed=frozenset()):
        """Numbers dictated in pieces: 4+ digit words in a row are a number with or without a cue;
        3 need a phone/ID/plate cue shortly before (the turn before is part of ``text``) or another
        run of digit words near it (the other pieces, the operator's read-back)."""
        not_after = {fold(w) for w in self.words("count_nouns")}  # compared with folded words
        cues = [*phone_cues, *id_cues, *self.words("piece_cues")]
        window = int(self.params.get("piece_window", 160))
        words = list(_WORD_RE.finditer(text))
        runs: list[tuple[int, int, int]] = []  # (start, end, digit words)
        i = 0
        while i < len(words):
            run = []
            j = i
            while j < len(words):
                key = fold(words[j].group())
                if run and not _DIGIT_GAP.fullmatch(text[run[-1].end() : words[j].start()]):
                    break
                if key in UNITS or (key in REPEAT and j + 1 < len(words) and fold(words[j + 1].group()) in UNITS):
                    run.append(words[j])
                    j += 1
                    continue
                break
            digits = sum(1 for m in run if fold(m.group()) in UNITS)
            if digits >= 3:
                start, end = run[0].start(), run[-1].end()
                nxt = words[j] if j < len(words) else None
                counted = nxt is not None and fold(nxt.group()) in not_after and text[end : nxt.start()].strip() == ""
                toll = TOLL_FREE.match(text, start) or _AFTER_TOLL_FREE.search(text[max(0, start - 40) : start])
                # round 26: the hotline's short number said digit by digit ("marque el uno ocho uno ocho") is no
                # one's; only the whole run, so a number that holds those digits is still found
                said = digits_said(text[start:end])
                if not counted and not toll and said not in allowed:
                    runs.append((start, end, digits))
            i = max(j, i + 1)
        for k, (start, end, digits) in enumerate(runs):
            near = any(
                (b <= start and start - b <= 80) or (a >= end and a - end <= 80) for a, b, _ in runs[:k] + runs[k + 1 :]
            )
            if digits >= 4 or near or has_cue_before(text, start, cues, window):
                kind = "PHONE_NUMBER" if has_cue_before(text, start, phone_cues, window) else "ID_NUMBER"
                yield Match(kind, start, end, self.score)

    def _separated_ids(self, text, id_cues, allowed):
        """IDs said in words with their dots and dashes spoken ("v veintisiete punto trescientos cuarenta ...")."""
        masked = _ID_SEPARATORS.sub(lambda m: " " * (len(m.group()) - 1) + ",", text)
        if masked == text:
            return
        for run in spoken_number_runs(masked, min_digits=6):
            spoken = text[run.start : run.end]
            if not _ID_SEPARATORS.search(spoken) or run.digits in allowed:
                continue
            if not has_cue_before(text, run.start, id_cues, 60):
                continue
            start = run.start
            prefix = re.search(r"(?i)(?<!\w)[ve][ \t]*-?[ \t]*$", text[max(0, start - 4) : start])
            if prefix:
                start -= len(prefix.group())  # Venezuelan "v veintisiete ..." / "e ..."
            yield Match("ID_NUMBER", start, run.end, self.score)

    def _digit_groups(self, text, phone_cues, id_cues, allowed):
        """'7145 0932', '915 338 602': 7+ digits in groups, unless money, a time or a law article."""
        not_before = self.words("not_before_groups")
        not_after = {fold(w) for w in self.words("count_nouns")}  # compared with folded words
        for m in _DIGIT_GROUPS.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if len(digits) < 7 or digits in allowed or any(digits.startswith(a) for a in allowed if len(a) >= 8):
                continue
            if has_cue_before(text, m.start(), not_before, 20):
                continue
            if all(re.fullmatch(r"(?:19|20)\d\d", g) for g in m.group().split()):
                continue  # "2019 2020": years
            after = re.match(r"[ \t]*([^\W\d_]+)", text[m.end() :])
            if after and fold(after.group(1)) in not_after:
                continue
            kind = "PHONE_NUMBER" if has_cue_before(text, m.start(), phone_cues, 120) else "ID_NUMBER"
            yield Match(kind, m.start(), m.end(), self.score)

    def _number_parts(self, text, phone_cues, id_cues):
        """Round 32: the part of a number a caller remembers, said after "empieza con / termina en / starts with"
        ("empieza con novecientos cincuenta y uno, lo demás lo tengo anotado"): a phone's or an ID's if one is
        talked about shortly before; two digits at least, and not a count or a year ("termina en dos semanas")."""
        cues = self.words("part_cues")
        if not cues:
            return
        window = int(self.params.get("piece_window", 160))
        not_after = {fold(w) for w in self.words("count_nouns")}
        folded = fold_same_offsets(text)
        for cue in re.finditer(rf"(?<!\w)(?:{alternation(cues)})[ \t]*:?[ \t]*(?=\w)", folded):
            is_phone = has_cue_before(text, cue.start(), phone_cues, window)
            if not (is_phone or has_cue_before(text, cue.start(), id_cues, window)):
                continue
            runs = spoken_number_runs(text[cue.end() : cue.end() + 80], min_digits=2, min_words=1)
            if not runs or runs[0].start != 0 or runs[0].scaled or re.fullmatch(r"(?:19|20)\d\d", runs[0].digits):
                continue
            end = cue.end() + runs[0].end
            after = re.match(r"[ \t]*([^\W\d_]+)", text[end:])
            if after and fold(after.group(1)) in not_after:
                continue
            yield Match("PHONE_NUMBER" if is_phone else "ID_NUMBER", cue.end(), end, self.score)
