#pragma once
// What every fuzz target shares: a property check that stops the program, and the rule that only
// jixiao::Error may leave the library. libFuzzer (and the standalone driver) treat an abort as a
// finding and keep the input that caused it.

#include <jixiao/error.hpp>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

namespace jixiao::fuzz {

[[noreturn]] inline void fail(const char* file, int line, const char* condition, const std::string& detail) {
  std::fprintf(stderr, "%s:%d: property violated: %s\n%s\n", file, line, condition, detail.c_str());
  std::fflush(stderr);
  std::abort();
}

// Runs `f`, which may throw jixiao::Error (bad input is allowed to be refused); any other exception
// is a finding. Returns false when `f` threw.
template <class F>
bool refused_or_done(F&& f) {
  try {
    f();
    return true;
  } catch (const Error&) {
    return false;
  } catch (const std::exception& e) {
    fail(__FILE__, __LINE__, "only jixiao::Error may escape",
         std::string("a non-jixiao exception escaped: ") + e.what());
  } catch (...) {
    fail(__FILE__, __LINE__, "only jixiao::Error may escape", "an exception of unknown type escaped");
  }
}

// Runs `f`, which must not throw at all (an API documented as never throwing).
template <class F>
void never_throws(F&& f) {
  try {
    f();
  } catch (const std::exception& e) {
    fail(__FILE__, __LINE__, "never throws", std::string("an exception escaped: ") + e.what());
  } catch (...) {
    fail(__FILE__, __LINE__, "never throws", "an exception of unknown type escaped");
  }
}

inline std::string_view as_text(const unsigned char* data, std::size_t size) noexcept {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace jixiao::fuzz

// JIXIAO_FUZZ_CHECK(condition, detail): `detail` (a std::string expression) is evaluated only on failure.
#define JIXIAO_FUZZ_CHECK(condition, detail) \
  ((condition) ? void() : ::jixiao::fuzz::fail(__FILE__, __LINE__, #condition, (detail)))
