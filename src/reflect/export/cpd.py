"""The CPD records' export functions, one per format (see `store.exports.FORMATS`).

- A reflective account for any profession (reflect's own layout, no regulator's form):
  `to_any_md`, `to_any_txt`, `to_any_docx`, `to_any_pdf`.
- Social Work England CPD record: `to_swe_md`, `to_swe_txt`, `to_swe_docx`.
- NMC revalidation: the reflective account with its CPD log entry (`to_nmc_md`, ...), and the
  reflective discussion form (`to_nmc_discussion_md`, ...).

The records are filled by `reflect.export.records` and laid out by
`reflect.export.record_render`; the forms' wording is in `forms.toml`. The export options do
not apply (a record never names anyone and never includes the review's own text), but for
the names reflect knows of people the session does not list (`known_names`), replaced there.
"""

from __future__ import annotations

from collections.abc import Callable

from reflect.export import record_render
from reflect.export.any_record import any_account
from reflect.export.options import ExportOptions
from reflect.export.records import Record, nmc_discussion, nmc_records, swe_record
from reflect.export.team_words import nameless
from reflect.model.review import Review
from reflect.model.session import Session

Build = Callable[[Session, Review | None], list[Record]]


def _any(session: Session, review: Review | None) -> list[Record]:
    return [any_account(session, review)]


def _swe(session: Session, review: Review | None) -> list[Record]:
    return [swe_record(session, review)]


def _discussion(session: Session, review: Review | None) -> list[Record]:
    return [nmc_discussion(session, review)]


def _built(build: Build, session: Session, review: Review | None,
           options: ExportOptions | None) -> list[Record]:
    """The records of `session`, the names reflect knows of people it does not list
    (`options.known_names`: the team session's, for a reflection written after one) replaced
    with [redacted] as its own participants' are."""
    known = options.known_names if options else ()
    return build(nameless(session, review, known) if known else session, review)


def _md(build: Build, session: Session, review: Review | None,
        options: ExportOptions | None) -> str:
    return record_render.to_markdown(_built(build, session, review, options), session)


def _txt(build: Build, session: Session, review: Review | None,
         options: ExportOptions | None) -> str:
    return record_render.to_text(_built(build, session, review, options), session)


def _docx(build: Build, session: Session, review: Review | None,
          options: ExportOptions | None) -> bytes:
    return record_render.to_docx(_built(build, session, review, options), session)


def _pdf(build: Build, session: Session, review: Review | None,
         options: ExportOptions | None) -> bytes:
    from reflect.export.pdf import records_pdf

    return records_pdf(_built(build, session, review, options), record_render.footer(session))


def to_any_md(session: Session, review: Review | None = None,
              options: ExportOptions | None = None) -> str:
    return _md(_any, session, review, options)


def to_any_txt(session: Session, review: Review | None = None,
               options: ExportOptions | None = None) -> str:
    return _txt(_any, session, review, options)


def to_any_docx(session: Session, review: Review | None = None,
                options: ExportOptions | None = None) -> bytes:
    return _docx(_any, session, review, options)


def to_any_pdf(session: Session, review: Review | None = None,
               options: ExportOptions | None = None) -> bytes:
    return _pdf(_any, session, review, options)


def to_swe_pdf(session: Session, review: Review | None = None,
               options: ExportOptions | None = None) -> bytes:
    return _pdf(_swe, session, review, options)


def to_nmc_pdf(session: Session, review: Review | None = None,
               options: ExportOptions | None = None) -> bytes:
    return _pdf(nmc_records, session, review, options)


def to_nmc_discussion_pdf(session: Session, review: Review | None = None,
                          options: ExportOptions | None = None) -> bytes:
    return _pdf(_discussion, session, review, options)


def to_swe_md(session: Session, review: Review | None = None,
              options: ExportOptions | None = None) -> str:
    return _md(_swe, session, review, options)


def to_swe_txt(session: Session, review: Review | None = None,
               options: ExportOptions | None = None) -> str:
    return _txt(_swe, session, review, options)


def to_swe_docx(session: Session, review: Review | None = None,
                options: ExportOptions | None = None) -> bytes:
    return _docx(_swe, session, review, options)


def to_nmc_md(session: Session, review: Review | None = None,
              options: ExportOptions | None = None) -> str:
    return _md(nmc_records, session, review, options)


def to_nmc_txt(session: Session, review: Review | None = None,
               options: ExportOptions | None = None) -> str:
    return _txt(nmc_records, session, review, options)


def to_nmc_docx(session: Session, review: Review | None = None,
                options: ExportOptions | None = None) -> bytes:
    return _docx(nmc_records, session, review, options)


def to_nmc_discussion_md(session: Session, review: Review | None = None,
                         options: ExportOptions | None = None) -> str:
    return _md(_discussion, session, review, options)


def to_nmc_discussion_txt(session: Session, review: Review | None = None,
                          options: ExportOptions | None = None) -> str:
    return _txt(_discussion, session, review, options)


def to_nmc_discussion_docx(session: Session, review: Review | None = None,
                           options: ExportOptions | None = None) -> bytes:
    return _docx(_discussion, session, review, options)


to_cpd_swe = to_swe_md
"""The earlier name (format cpd-swe)."""
to_nmc = to_nmc_md
"""The earlier name (format nmc)."""
