"""Round trips as properties: random Documents built through the Python API survive JSON
(equal, and the same bytes when written again) and pickling."""

from __future__ import annotations

import pickle

from hypothesis import HealthCheck, given, settings, strategies as st

import jixiao
from test_values import decimals

# Any text a str can carry into UTF-8: every code point but the surrogates.
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
lines = st.integers(min_value=0, max_value=2**64 - 1)
ints = st.integers(min_value=-(2**31), max_value=2**31 - 1)
amounts = st.none() | decimals.map(jixiao.Money)
percents = st.none() | decimals

# What the target grammar meets in real tables, and anything else, parsed as the reader does.
target_texts = st.sampled_from(
    ["≥30 次", "≤17.5 万元", "100%", ">92%", "2025年1月至11月", "12月15日前", "5 个月", "进一步提升", "涉密", "90%-95.50%", ""]
) | texts
targets = st.builds(lambda text, year: jixiao.parse_target(text, year), target_texts, st.integers(0, 2100))

indicators = st.builds(
    jixiao.Indicator,
    level1=st.sampled_from(list(jixiao.Level1)),
    level1_text=texts,
    level2=st.sampled_from(list(jixiao.Level2)),
    level2_text=texts,
    name=texts,
    description=texts,
    target=targets,
    basis=texts,
    line=lines,
)
milestones = st.builds(
    jixiao.Milestone, milestone=texts, month=st.integers(0, 12), percent=percents, line=lines
)
projects = st.builds(
    jixiao.Project,
    code=texts,
    name=texts,
    title=texts,
    unit_code=texts,
    unit_name=texts,
    budget=st.builds(jixiao.Budget, total=amounts, fiscal=amounts, other=amounts),
    use_of_funds=texts,
    spending_plan=st.builds(jixiao.SpendingPlan, milestones=st.lists(milestones, max_size=5)),
    goals=st.lists(texts, max_size=4),
    indicators=st.lists(indicators, max_size=6),
    redacted=st.booleans(),
    line=lines,
)
documents = st.builds(
    jixiao.Document,
    department=texts,
    year=ints,
    units=st.lists(st.builds(jixiao.BudgetUnit, code=texts, name=texts), max_size=3),
    goals=st.builds(
        jixiao.DepartmentGoals,
        overall=texts,
        items=st.lists(st.builds(jixiao.GoalItem, title=texts, goal=texts, indicator=texts, line=lines), max_size=3),
        measures=st.lists(texts, max_size=3),
    ),
    contents=st.lists(
        st.builds(jixiao.ContentsEntry, number=ints, title=texts, page=ints, line=lines), max_size=3
    ),
    projects=st.lists(projects, max_size=3),
)

# Documents are big draws: fewer examples keep the suite fast, each still a whole random document.
slow_strategies = settings(
    max_examples=50, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], deadline=None
)


@slow_strategies
@given(documents, st.booleans())
def test_documents_survive_json(document, pretty):
    text = jixiao.to_json(document, pretty=pretty)
    back = jixiao.document_from_json(text)
    assert back == document
    assert jixiao.to_json(back, pretty=pretty) == text


@slow_strategies
@given(documents)
def test_documents_survive_pickling(document):
    back = pickle.loads(pickle.dumps(document))
    assert back == document
    assert jixiao.to_json(back) == jixiao.to_json(document)


@slow_strategies
@given(projects, indicators)
def test_projects_and_indicators_survive_pickling(project, indicator):
    assert pickle.loads(pickle.dumps(project)) == project
    assert pickle.loads(pickle.dumps(indicator)) == indicator
    assert pickle.loads(pickle.dumps(indicator.target)) == indicator.target
