# `jixiao export` to JSON, then the JSON read back by `jixiao` again: the second export must be
cmake_minimum_required(VERSION 3.25)
# byte-identical, keep the exit code (the diagnostics travel in the JSON), and give the same CSV.
# Usage: cmake -DPROGRAM=… -DINPUT=… -DWORK_DIR=… -P round_trip.cmake
file(MAKE_DIRECTORY ${WORK_DIR})

function(run expected_rc)
  execute_process(COMMAND ${PROGRAM} ${ARGN} RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT "${expected_rc}" STREQUAL "" AND NOT rc STREQUAL expected_rc)
    message(FATAL_ERROR "${PROGRAM} ${ARGN}: exit code ${rc}, expected ${expected_rc}\n${err}")
  endif()
  if(NOT rc MATCHES "^[01]$")
    message(FATAL_ERROR "${PROGRAM} ${ARGN}: exit code ${rc}\n${err}")
  endif()
  set(rc ${rc} PARENT_SCOPE)
endfunction()

function(same a b)
  file(READ ${a} content_a HEX)
  file(READ ${b} content_b HEX)
  if(NOT content_a STREQUAL content_b)
    message(FATAL_ERROR "${a} and ${b} differ")
  endif()
endfunction()

foreach(pretty "" "--pretty")
  run("" export ${INPUT} --to json ${pretty} -o ${WORK_DIR}/first${pretty}.json)
  set(first_rc ${rc})
  run(${first_rc} export ${WORK_DIR}/first${pretty}.json --to json ${pretty} -o ${WORK_DIR}/second${pretty}.json)
  same(${WORK_DIR}/first${pretty}.json ${WORK_DIR}/second${pretty}.json)
endforeach()

run(${first_rc} export ${INPUT} --to csv --bom -o ${WORK_DIR}/from-text.csv)
run(${first_rc} export ${WORK_DIR}/first.json --to csv --bom -o ${WORK_DIR}/from-json.csv)
same(${WORK_DIR}/from-text.csv ${WORK_DIR}/from-json.csv)
file(READ ${WORK_DIR}/from-text.csv head LIMIT 20 HEX)
if(NOT head MATCHES "^efbbbf")  # the BOM
  message(FATAL_ERROR "the CSV does not start with the UTF-8 BOM: ${head}")
endif()
run(${first_rc} show ${WORK_DIR}/first.json)
