use super::plot::{self, Role};
use super::*;
use crate::data::Dataset;

fn embedded() -> Dataset {
    Dataset::embedded().unwrap()
}

fn ids<'d>(d: &'d Dataset, f: &Frontier) -> Vec<&'d str> {
    f.frontier()
        .map(|p| d.models[p.index].id.as_str())
        .collect()
}

#[test]
fn nothing_cheaper_is_more_capable_than_a_frontier_point() {
    let d = embedded();
    let all: Vec<usize> = (0..d.models.len()).collect();
    let f = compute(&d, &all, Axis::Price, Axis::Capability, &Weights::default());
    assert_eq!(f.snapshot.as_deref(), Some("2026-04-02"));
    assert!(f.points.len() > 20 && f.missing > 0);
    for p in f.frontier() {
        assert!(
            !f.points
                .iter()
                .any(|q| (q.x <= p.x && q.y > p.y) || (q.x < p.x && q.y >= p.y)),
            "{} is dominated",
            d.models[p.index].id
        );
    }
    for p in f.points.iter().filter(|p| !p.on_frontier) {
        assert!(
            f.points
                .iter()
                .any(|q| q.x <= p.x && q.y >= p.y && (q.x < p.x || q.y > p.y)),
            "{} is not dominated but off the frontier",
            d.models[p.index].id
        );
    }
    // The most capable entry is on it, and it starts at the cheapest price.
    let top = f.points.iter().map(|p| p.y).fold(f64::MIN, f64::max);
    assert!(f.frontier().any(|p| p.y == top));
    assert_eq!(f.frontier().next().map(|p| p.x), Some(f.points[0].x));
    // GPT-5.1 ($3.44, 47.7) is beaten by a cheaper, more capable entry.
    let gpt = f.position_of(d.position_of("gpt-5-1").unwrap()).unwrap();
    assert!(!f.points[gpt].on_frontier, "{:?}", ids(&d, &f));
}

#[test]
fn ties_stay_on_the_frontier_and_directions_follow_the_axes() {
    let mut good = vec![(0.0, 0.0); 0];
    let mut points: Vec<Point> = [(1.0, 5.0), (1.0, 5.0), (2.0, 5.0), (3.0, 9.0), (0.5, 1.0)]
        .iter()
        .enumerate()
        .map(|(index, &(x, y))| Point {
            index,
            x,
            y,
            openness: Openness::Closed,
            on_frontier: false,
        })
        .collect();
    mark_frontier(&mut points, Better::Lower, Better::Higher);
    let on: Vec<bool> = points.iter().map(|p| p.on_frontier).collect();
    assert_eq!(on, [true, true, false, true, true]);
    // Both higher-is-better: only (3, 9) is undominated.
    for p in &mut points {
        p.on_frontier = false;
    }
    mark_frontier(&mut points, Better::Higher, Better::Higher);
    good.extend(points.iter().filter(|p| p.on_frontier).map(|p| (p.x, p.y)));
    assert_eq!(good, [(3.0, 9.0)]);
}

#[test]
fn figures_of_another_snapshot_are_left_out_not_mixed() {
    let mut d = embedded();
    let gpt = d.position_of("gpt-5-1").unwrap();
    for f in d.models[gpt]
        .capability
        .as_mut()
        .unwrap()
        .figures
        .values_mut()
    {
        f.as_of = "2026-11-30".into();
    }
    let all: Vec<usize> = (0..d.models.len()).collect();
    let f = compute(&d, &all, Axis::Price, Axis::Capability, &Weights::default());
    assert_eq!(f.other_snapshot, 1);
    assert_eq!(f.position_of(gpt), None);
    let by_score = compute(&d, &all, Axis::Price, Axis::Score, &Weights::default());
    assert_eq!(
        (by_score.other_snapshot, by_score.snapshot.as_deref()),
        (0, None)
    );
    assert!(by_score.position_of(gpt).is_some());
}

#[test]
fn axes_have_directions_scales_and_never_coincide() {
    assert_eq!(Axis::Capability.next_except(Axis::Price), Axis::Score);
    assert_eq!(Axis::Parameters.next_except(Axis::Price), Axis::Capability);
    assert_eq!(Axis::parse("params"), Some(Axis::Parameters));
    assert!(Axis::Price.log() && !Axis::Released.log());
    assert_eq!(Axis::Released.format(2025.87), "2025-11");
    let d = embedded();
    let m = &d.models[d.position_of("llama-4-maverick").unwrap()];
    assert_eq!(
        Axis::Parameters.value(m, &d, &Weights::default()),
        Some(400.0)
    );
    assert_eq!(Axis::Price.value(m, &d, &Weights::default()), None);
}

#[test]
fn the_chart_marks_points_by_openness_and_draws_the_staircase() {
    let d = embedded();
    let all: Vec<usize> = (0..d.models.len()).collect();
    let f = compute(&d, &all, Axis::Price, Axis::Capability, &Weights::default());
    let canvas = plot::draw(&f, 60, 16, Some(0), &plot::ASCII);
    let text = canvas.text();
    assert!(text.contains('x') && text.contains('w'), "{text}");
    assert!(text.contains("$1") && text.contains('|'), "{text}");
    let cells: Vec<Role> = (0..16)
        .flat_map(|y| canvas.row(y).iter().map(|c| c.role))
        .collect();
    assert!(cells.contains(&Role::Step));
    assert_eq!(
        cells
            .iter()
            .filter(|r| matches!(r, Role::Selected(_)))
            .count(),
        1
    );
    assert!(text.is_ascii());
    let tiny = plot::draw(&f, 10, 3, None, &plot::UNICODE);
    assert!(tiny.text().trim().is_empty());
}
