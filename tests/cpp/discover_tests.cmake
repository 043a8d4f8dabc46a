# Writes the ctest file of one doctest executable: one ctest test per test case, named
# `<executable>: <case>`. Runs after each link of the executable.
#
# Replaces doctest_discover_tests, which splits a case name at `;` (the CMake list separator) into
# tests that select no case and pass. Names are therefore never put into CMake lists here, and a
# test whose filter selects no case fails.
#
#   cmake -DEXECUTABLE=… -DNAME=… -DWORKING_DIRECTORY=… -DOUTPUT=… -P discover_tests.cmake

cmake_minimum_required(VERSION 3.25)  # the policies of the project, in script mode too

execute_process(COMMAND ${EXECUTABLE} --list-test-cases OUTPUT_VARIABLE listing RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${EXECUTABLE} --list-test-cases failed (${result}):\n${listing}")
endif()

set(script "")
while(NOT listing STREQUAL "")
  string(FIND "${listing}" "\n" end)
  if(end EQUAL -1)
    set(line "${listing}")
    set(listing "")
  else()
    string(SUBSTRING "${listing}" 0 ${end} line)
    math(EXPR next "${end} + 1")
    string(SUBSTRING "${listing}" ${next} -1 listing)
  endif()
  # doctest frames the names with `[doctest] …` lines and `=====` rules.
  if(line STREQUAL "" OR line MATCHES "^\\[doctest\\] " OR line MATCHES "^=+$")
    continue()
  endif()
  if(line MATCHES "]==]")
    message(FATAL_ERROR "${NAME}: the test case name `${line}` contains `]==]`")
  endif()
  # In doctest filters a comma separates patterns unless escaped.
  string(REPLACE "," "\\," filter "${line}")
  string(APPEND script
         "add_test([==[${NAME}: ${line}]==] [==[${EXECUTABLE}]==] [==[--test-case=${filter}]==])\n"
         "set_tests_properties([==[${NAME}: ${line}]==] PROPERTIES WORKING_DIRECTORY [==[${WORKING_DIRECTORY}]==]"
         " FAIL_REGULAR_EXPRESSION [==[test cases: 0[^0-9]]==])\n")
endwhile()

file(WRITE ${OUTPUT} "${script}")
