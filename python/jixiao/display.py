"""Notebook display: ``_repr_html_`` for Document and Project, rendered by the C++ report
(include/jixiao/report.hpp) as fragments with their own scoped CSS and no external assets."""

from __future__ import annotations

from . import _jixiao
from .review import review


def project_html(project: _jixiao.Project) -> str:
    # A project reviewed on its own: the rules that compare projects have nothing to compare.
    alone = _jixiao.Document()
    alone.projects.append(project)
    findings = review(alone)
    return _jixiao._html_project_card(project, list(findings))


def document_html(document: _jixiao.Document) -> str:
    return _jixiao._html_summary(document, list(review(document)))


def install(document_class, project_class) -> None:
    document_class._repr_html_ = document_html
    project_class._repr_html_ = project_html
