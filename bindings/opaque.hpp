#pragma once
// Lists of model values are bound by reference (IndicatorList, …) so that
// `project.indicators[0].name = …` changes the project; this must be declared in every
// translation unit before pybind11/stl.h sees the types.

#include <jixiao/diagnostic.hpp>
#include <jixiao/document.hpp>

#include <pybind11/pybind11.h>

#include <vector>

PYBIND11_MAKE_OPAQUE(std::vector<jixiao::Indicator>)
PYBIND11_MAKE_OPAQUE(std::vector<jixiao::Milestone>)
PYBIND11_MAKE_OPAQUE(std::vector<jixiao::Project>)
PYBIND11_MAKE_OPAQUE(std::vector<jixiao::Diagnostic>)
