# One helper registers tests. Unit tests are GoogleTest binaries whose cases become ctest tests;
# LABELS lets `ctest -L fast` run the quick ones.
find_package(GTest REQUIRED)
include(GoogleTest)

function(sw_add_gtest name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PRIVATE summitwatch::core GTest::gtest_main GTest::gmock sw_warnings)
  target_compile_definitions(${name} PRIVATE
    SW_SOURCE_DIR="${PROJECT_SOURCE_DIR}" SW_BINARY="$<TARGET_FILE:summitwatch>")
  gtest_discover_tests(${name}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    PROPERTIES LABELS "${ARG_LABELS}"
    DISCOVERY_TIMEOUT 60)
endfunction()
