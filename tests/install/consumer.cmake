# Installs the current build into a fresh prefix, then configures, builds and runs
# examples/consumer against that prefix alone: proof that find_package(jixiao) and
# jixiao::jixiao work for another project. Any failing step fails the test.
#
# The install is staged with DESTDIR, so nothing can land on the machine itself, and the staged
# prefix is used where it lies, which also proves the package is relocatable. Every staged file
# must be under the prefix: `cmake --install --prefix ~/.local` must not write elsewhere.
#
#   cmake -DJIXIAO_BUILD_DIR=… -DJIXIAO_SOURCE_DIR=… -DWORK_DIR=… -DGENERATOR=… -DCXX_COMPILER=…
#         [-DCONFIG=…] -P consumer.cmake

cmake_minimum_required(VERSION 3.25)  # the policies of the project, in script mode too

foreach(var JIXIAO_BUILD_DIR JIXIAO_SOURCE_DIR WORK_DIR GENERATOR CXX_COMPILER)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "consumer.cmake needs -D${var}=…")
  endif()
endforeach()

set(stage ${WORK_DIR}/stage)
set(install_prefix /jixiao)
set(prefix ${stage}${install_prefix})  # where the files land, and where the consumer looks
set(config_args)
if(CONFIG)
  set(config_args --config ${CONFIG})
endif()
set(consumer_build ${WORK_DIR}/build)
file(REMOVE_RECURSE ${WORK_DIR})

function(run step)
  message(STATUS "install test: ${step}")
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "install test: ${step} failed (${result})")
  endif()
endfunction()

run("install into ${prefix}" ${CMAKE_COMMAND} -E env DESTDIR=${stage}
    ${CMAKE_COMMAND} --install ${JIXIAO_BUILD_DIR} --prefix ${install_prefix} ${config_args})

file(GLOB_RECURSE staged LIST_DIRECTORIES false ${stage}/*)
set(outside)
foreach(file IN LISTS staged)
  cmake_path(IS_PREFIX prefix ${file} NORMALIZE inside)
  if(NOT inside)
    list(APPEND outside ${file})
  endif()
endforeach()
if(outside)
  list(JOIN outside "\n  " outside)
  message(FATAL_ERROR "install test: `cmake --install --prefix ${install_prefix}` wrote outside the prefix:\n  ${outside}")
endif()

# Only the fresh prefix may satisfy find_package: no package registries, no system jixiao.
run("configure examples/consumer"
    ${CMAKE_COMMAND} -S ${JIXIAO_SOURCE_DIR}/examples/consumer -B ${consumer_build} -G ${GENERATOR}
    -DCMAKE_CXX_COMPILER=${CXX_COMPILER} -DCMAKE_BUILD_TYPE=${CONFIG} -DCMAKE_PREFIX_PATH=${prefix}
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF)

file(STRINGS ${consumer_build}/CMakeCache.txt jixiao_dir REGEX "^jixiao_DIR:")
string(REGEX REPLACE "^jixiao_DIR:[A-Z]+=" "" jixiao_dir "${jixiao_dir}")
cmake_path(IS_PREFIX prefix "${jixiao_dir}" NORMALIZE from_prefix)
if(NOT from_prefix)
  message(FATAL_ERROR "install test: jixiao was found at ${jixiao_dir}, not in ${prefix}")
endif()

run("build examples/consumer" ${CMAKE_COMMAND} --build ${consumer_build} ${config_args})

find_program(consumer jixiao_consumer PATHS ${consumer_build} ${consumer_build}/${CONFIG} NO_DEFAULT_PATH REQUIRED)
run("run ${consumer}" ${consumer})
