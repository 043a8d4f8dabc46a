#pragma once
// One registration function per concept; module.cpp calls them in dependency order.

#include <pybind11/pybind11.h>

namespace jixiao::python {

void register_errors(pybind11::module_& m);
void register_values(pybind11::module_& m);
void register_model(pybind11::module_& m);
void register_read(pybind11::module_& m);
void register_formats(pybind11::module_& m);
void register_frames(pybind11::module_& m);
void register_review(pybind11::module_& m);
void register_evaluate(pybind11::module_& m);
void register_report(pybind11::module_& m);
void register_compare(pybind11::module_& m);

}  // namespace jixiao::python
