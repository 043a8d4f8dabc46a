// The extension module jixiao._jixiao. The Pythonic layer (pandas, notebooks, typing) lives in
// python/jixiao/; this module only adapts the C++ API.

#include "register.hpp"

#ifdef JIXIAO_WITH_PDF
#include <jixiao/pdf.hpp>
#endif

PYBIND11_MODULE(_jixiao, m) {
  m.doc() = "jixiao: budget performance targets (预算绩效目标) — C++ core";
#ifdef JIXIAO_WITH_PDF
  jixiao::install_pdf_front_end();
#endif
  jixiao::python::register_errors(m);
  jixiao::python::register_values(m);
  jixiao::python::register_model(m);
  jixiao::python::register_read(m);
  jixiao::python::register_formats(m);
  jixiao::python::register_review(m);
  jixiao::python::register_evaluate(m);
  jixiao::python::register_compare(m);
  jixiao::python::register_report(m);
  jixiao::python::register_frames(m);
}
