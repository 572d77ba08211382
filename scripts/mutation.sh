#!/bin/sh
# Mutation run of graph/rdf and graph/extract with mutmut 3 (docs/mutation.md).
#
#   scripts/mutation.sh SCOPE [MUTANT_GLOB...]
#     SCOPE rdf:     mutate the modules in $RDF_MODULES of graph/rdf (default: all), tests: the RDF
#                    writer's tests
#     SCOPE extract: mutate the modules in $EXTRACT_MODULES (default: structure.py numbers.py),
#                    tests: the extraction unit tests
#   e.g. scripts/mutation.sh rdf
#        EXTRACT_MODULES="targets.py" scripts/mutation.sh extract 'graph.extract.targets.x_parse*'
#        RDF_MODULES="build.py namespaces.py" MUTATION_NICE=19 scripts/mutation.sh rdf
#        EXTRACT_MODULES="metadata.py" EXTRACT_TESTS="test_metadata_numbers.py test_seed.py" scripts/mutation.sh extract
#     EXTRACT_TESTS (file names under tests/) replaces the extract selection: a survivor runs every
#     test of the selection mapped to its function, and for a function every document passes
#     through (extract_metadata) that is most of the selection (18 s a mutant on a loaded machine)
#
# The checkout is copied to $MUTATION_DIR/SCOPE (default /tmp/policykg-mutation/SCOPE), and mutmut
# runs there, one mutant at a time at low priority (nice $MUTATION_NICE, default 10), so its mutants/ tree never lands in the
# worktree; its state stays there, so a later call resumes. The configuration is written as
# [tool.mutmut] of that copy's pyproject.toml (mutmut reads it before setup.cfg).
# Read the outcome with:  cd $MUTATION_DIR/SCOPE && $VENV/bin/mutmut results
# Corpus tests skip there (../shared is not next to the copy), keeping each mutant's run short.
# Each mutant runs in a process forked from a server that has only collected the tests
# (process_isolation = "forkserver"): mutmut's default forks from its main process, which has run
# the whole selection for its test map, so every @cache (the compiled rules) is already filled
# there and a mutant of a function called only while filling one (cues._joined,
# prose_cues._longest_first, target_rules._any_of) is never run and "survives".
# Test ids are not escaped (-o disable_test_id_escaping…): pytest stores the ids it made for a
# parametrize mark with explicit non-ASCII ids (ids=[c[0][:24] …], test_clause_forms) on the mark
# and escapes them again in a second session of the same process, so in the forked worker (whose
# server has already collected once) `\uff08` became `\\uff08`, the test ids of the test map were
# "not found", pytest exited 4 and mutmut recorded exit code 255 without running a test (every
# mutant of a function such a test reaches: 569 of 594 in clauses.py, docs/mutation.md pass eight).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
scope=${1:?usage: scripts/mutation.sh rdf|extract [MUTANT_GLOB...]}
shift
scratch=${MUTATION_DIR:-/tmp/policykg-mutation}/$scope

common_args='"-p", "no:cacheprovider", "--hypothesis-seed=0",
  "-o", "disable_test_id_escaping_and_forfeit_all_rights_to_community_support=true"'
case $scope in
rdf)
    only='"graph/rdf/*"'
    if [ -n "${RDF_MODULES:-}" ]; then
        only=""
        for m in $RDF_MODULES; do
            only="$only${only:+, }\"graph/rdf/$m\""
        done
    fi
    tests='"tests/test_rdf_lines.py", "tests/test_seed.py", "tests/test_graph_contract.py", "tests/test_assemble.py",
  "tests/test_mutants_rdf.py", "tests/test_build_copy.py"'
    ;;
extract)
    only=""
    for m in ${EXTRACT_MODULES:-structure.py numbers.py}; do
        only="$only${only:+, }\"graph/extract/$m\""
    done
    tests='"tests/test_text_properties.py", "tests/test_metadata_numbers.py", "tests/test_targets_indicators.py",
  "tests/test_tables.py", "tests/test_targets_deadlines.py", "tests/test_targets_filters.py",
  "tests/test_citations_unseen.py", "tests/test_targets_citations_meta.py", "tests/test_responsibility.py",
  "tests/test_prose.py", "tests/test_fields_tables.py", "tests/test_fast_paths.py", "tests/test_seed.py",
  "tests/test_mutants_extract.py", "tests/test_mutants_citations.py",
  "tests/test_mutants_metadata.py", "tests/test_mutants_init.py", "tests/test_mutants_sentences.py",
  "tests/test_mutants_cues.py", "tests/test_mutants_target_filters.py", "tests/test_mutants_attachments.py",
  "tests/test_mutants_table_cells.py", "tests/test_mutants_table_headers.py",
  "tests/test_mutants_indicators.py", "tests/test_mutants_prose_units.py", "tests/test_mutants_deadlines.py",
  "tests/test_mutants_clauses.py", "tests/test_targets_unseen.py", "tests/test_targets_unseen2.py",
  "tests/test_targets_unseen3.py", "tests/test_targets_made.py", "tests/test_mutants_targets.py",
  "tests/test_mutants_extract_metadata.py", "tests/test_mutants_body_names.py", "tests/test_twentythird_places.py",
  "tests/test_mutants_responsibility.py", "tests/test_mutants_said_roles.py", "tests/test_mutants_field_lines.py",
  "tests/test_mutants_tables.py", "tests/test_mutants_indicator_tables.py", "tests/test_project_tables.py",
  "tests/test_mutants_prose.py"'
    if [ -n "${EXTRACT_TESTS:-}" ]; then
        tests=""
        for t in $EXTRACT_TESTS; do
            tests="$tests${tests:+, }\"tests/$t\""
        done
    fi
    common_args="$common_args"', "--deselect=tests/test_targets_indicators.py::test_an_indicator_after_thousands_of_unmatched_brackets_does_not_recurse",
  "--deselect=tests/test_prose.py::test_rank_and_map_can_keep_or_leave_out_prose_tasks",
  "--deselect=tests/test_fast_paths.py::test_model_objects_equal_those_of_the_generated_init"'
    ;;
*)
    echo "unknown scope $scope (rdf or extract)" >&2
    exit 2
    ;;
esac

mkdir -p "$scratch"
rm -rf "$scratch/graph" "$scratch/tests" "$scratch/scripts"
# -p keeps the files' times: mutmut regenerates only the mutants of files that changed
cp -rp "$here/graph" "$here/tests" "$here/scripts" "$here/setup.cfg" "$scratch/"
find "$scratch" -name __pycache__ -prune -exec rm -rf {} +
cat > "$scratch/pyproject.toml" <<TOML
[tool.mutmut]
source_paths = ["graph"]
only_mutate = [$only]
also_copy = ["tests", "scripts", "setup.cfg"]
pytest_add_cli_args_test_selection = [$tests]
pytest_add_cli_args = [$common_args]
process_isolation = "forkserver"
TOML
cd "$scratch"
exec nice -n "${MUTATION_NICE:-10}" "$here/.venv/bin/mutmut" run --max-children 1 "$@"
