fn main() {
    let offices = shigoto_demo::offices();
    println!("{} offices", offices.len());
    for o in offices.iter().filter(|o| ["01", "13", "27", "47"].contains(&o.prefecture_code.as_str())) {
        print!("{} ", o.name);
    }
    println!();
}
